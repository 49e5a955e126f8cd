package org.kizuna.web.account;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.Account;
import org.kizuna.store.account.AccountStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in account's own page: change its password, mint and revoke its own API tokens. */
@Controller
class OwnAccountController {

    private final AccountStore accounts;
    private final Workspace workspace;
    private final MessageSource messages;

    OwnAccountController(AccountStore accounts, Workspace workspace, MessageSource messages) {
        this.accounts = accounts;
        this.workspace = workspace;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        return page(authentication.getName(), model);
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            Authentication authentication,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String username = authentication.getName();
        Account account = accounts.find(username).orElseThrow();
        String problem = null;
        if (!Credentials.PASSWORDS.matches(current, account.passwordHash())) {
            problem = message("account.wrongCurrent", locale);
        } else if (password.length() < Credentials.MIN_PASSWORD_LENGTH) {
            problem = message("account.tooShort", locale, Credentials.MIN_PASSWORD_LENGTH);
        } else if (!password.equals(confirm)) {
            problem = message("account.mismatch", locale);
        }
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("problem", problem);
            return page(username, model);
        }
        accounts.setPasswordHash(username, Credentials.PASSWORDS.encode(password));
        redirect.addFlashAttribute("done", message("account.passwordChanged", locale));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String mint(Authentication authentication, Model model) {
        model.addAttribute("minted", Credentials.mintToken(accounts, authentication.getName()));
        return page(authentication.getName(), model);
    }

    @PostMapping("/account/tokens/revoke")
    String revoke(
            @RequestParam String id,
            Authentication authentication,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String username = authentication.getName();
        boolean own = accounts.tokens().stream()
                .anyMatch(token -> token.id().equals(id) && token.username().equals(username));
        // Another account's token is "not found" here: this page reveals nothing of other accounts.
        if (!own || !accounts.revokeToken(id, Instant.now())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", message("account.noSuchToken", locale, id));
            return page(username, model);
        }
        redirect.addFlashAttribute("done", message("account.revoked", locale, id));
        return "redirect:/account";
    }

    private String page(String username, Model model) {
        Account account = accounts.find(username).orElseThrow();
        model.addAttribute("username", username);
        model.addAttribute("role", account.role().id());
        model.addAttribute(
                "tokens",
                accounts.tokens().stream()
                        .filter(token -> token.username().equals(username))
                        .toList());
        model.addAttribute("minLength", Credentials.MIN_PASSWORD_LENGTH);
        model.addAttribute("zone", workspace.settings().timeZone());
        return "account";
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
