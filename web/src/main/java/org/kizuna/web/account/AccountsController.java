package org.kizuna.web.account;

import org.kizuna.store.account.AccountStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The accounts of the workspace, for admins: who may sign in, with which role, and their tokens. */
@Controller
class AccountsController {

    private final AccountStore accounts;

    AccountsController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("tokens", accounts.tokens());
        return "accounts";
    }
}
