package org.kizuna.web.account;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.AccountStore.Change;
import org.kizuna.store.account.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts of the workspace, for admins: who may sign in, with which role, and their tokens. Admins add
 * accounts, change roles, disable, enable and delete accounts (never the last enabled admin), mint a token for
 * an account (shown once) and revoke tokens.
 */
@Controller
class AccountsController {

    private final AccountStore accounts;
    private final Workspace workspace;
    private final MessageSource messages;

    AccountsController(AccountStore accounts, Workspace workspace, MessageSource messages) {
        this.accounts = accounts;
        this.workspace = workspace;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        return page(model);
    }

    @PostMapping("/admin/accounts/add")
    String add(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String password,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String name = username.strip();
        Optional<Role> chosen = role(role);
        String problem = null;
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            problem = message("accounts.badUsername", locale);
        } else if (chosen.isEmpty()) {
            problem = message("accounts.badRole", locale);
        } else if (password.length() < Credentials.MIN_PASSWORD_LENGTH) {
            problem = message("account.tooShort", locale, Credentials.MIN_PASSWORD_LENGTH);
        } else if (accounts.find(name).isPresent()) {
            problem = message("accounts.exists", locale, name);
        }
        if (problem == null) {
            try {
                Credentials.addAccount(accounts, name, password, chosen.get());
            } catch (WorkspaceException e) {
                problem = message("accounts.exists", locale, name);
            }
        }
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("problem", problem);
            model.addAttribute("newUsername", name);
            model.addAttribute("newRole", role);
            return page(model);
        }
        return done(
                redirect, message("accounts.added", locale, name, chosen.get().id()));
    }

    @PostMapping("/admin/accounts/role")
    String role(
            @RequestParam String username,
            @RequestParam String role,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Optional<Role> chosen = role(role);
        if (chosen.isEmpty()) {
            return refused(message("accounts.badRole", locale), response, model);
        }
        return outcome(
                accounts.setRole(username, chosen.get()),
                message("accounts.roleChanged", locale, username, chosen.get().id()),
                username,
                locale,
                response,
                redirect,
                model);
    }

    @PostMapping("/admin/accounts/disable")
    String disable(
            @RequestParam String username,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return outcome(
                accounts.disable(username, Instant.now()),
                message("accounts.disabled", locale, username),
                username,
                locale,
                response,
                redirect,
                model);
    }

    @PostMapping("/admin/accounts/enable")
    String enable(
            @RequestParam String username,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return outcome(
                accounts.enable(username),
                message("accounts.enabled", locale, username),
                username,
                locale,
                response,
                redirect,
                model);
    }

    @PostMapping("/admin/accounts/delete")
    String delete(
            @RequestParam String username,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return outcome(
                accounts.delete(username),
                message("accounts.deleted", locale, username),
                username,
                locale,
                response,
                redirect,
                model);
    }

    @PostMapping("/admin/accounts/token")
    String token(@RequestParam String username, Locale locale, HttpServletResponse response, Model model) {
        if (accounts.find(username).isEmpty()) {
            return refused(message("accounts.noSuchAccount", locale, username), response, model);
        }
        Credentials.MintedToken minted = Credentials.mintToken(accounts, username);
        model.addAttribute("minted", minted);
        return page(model);
    }

    @PostMapping("/admin/accounts/revoke")
    String revoke(
            @RequestParam String id,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (!accounts.revokeToken(id, Instant.now())) {
            return refused(message("account.noSuchToken", locale, id), response, model);
        }
        return done(redirect, message("account.revoked", locale, id));
    }

    private String outcome(
            Change change,
            String doneMessage,
            String username,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return switch (change) {
            case DONE -> done(redirect, doneMessage);
            case NO_SUCH_ACCOUNT -> refused(message("accounts.noSuchAccount", locale, username), response, model);
            case LAST_ADMIN -> refused(message("accounts.lastAdmin", locale, username), response, model);
        };
    }

    private static String done(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("done", message);
        return "redirect:/admin/accounts";
    }

    private String refused(String problem, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("problem", problem);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("disabled", accounts.disabled());
        model.addAttribute("tokens", accounts.tokens());
        model.addAttribute("roles", Role.values());
        model.addAttribute("minLength", Credentials.MIN_PASSWORD_LENGTH);
        model.addAttribute("zone", workspace.settings().timeZone());
        return "accounts";
    }

    private static Optional<Role> role(String id) {
        try {
            return Optional.of(Role.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
