package org.kizuna.web.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kizuna.cli.MetricsTable;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.Account;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.ApiToken;
import org.kizuna.store.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Manages the accounts of a workspace and their API tokens: {@code kizuna account add|list|token}. */
@Command(
        name = "account",
        mixinStandardHelpOptions = true,
        description = {"Manage who may sign in to a workspace's web pages and API.", "ワークスペースのアカウントと API トークンを管理します。"},
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class, AccountCommand.Token.class})
public final class AccountCommand {

    static final class WorkspaceOption {
        @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
        Path folder;

        AccountStore accounts() {
            return new AccountStore(Workspace.open(folder));
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Create an account; its password is generated and shown once unless read from stdin.")
    static final class Add implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "the name to sign in with")
        String username;

        @Option(
                names = "--role",
                defaultValue = "viewer",
                description = "admin, analyst or viewer (default: ${DEFAULT-VALUE})")
        String role;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStdin;

        @Override
        public Integer call() {
            Role chosen = Role.of(role);
            String password = passwordFromStdin ? firstLineOfStdin() : Credentials.randomPassword();
            if (password.length() < Credentials.MIN_PASSWORD_LENGTH) {
                throw new IllegalArgumentException(
                        "the password must have at least " + Credentials.MIN_PASSWORD_LENGTH + " characters");
            }
            Credentials.addAccount(workspace.accounts(), username, password, chosen);
            System.out.println("Created the account " + username + " (" + chosen.id() + ").");
            if (!passwordFromStdin) {
                System.out.println("Password (shown only now / このパスワードは今だけ表示されます): " + password);
            }
            return 0;
        }

        private static String firstLineOfStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("--password-stdin: standard input is empty");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their API tokens.")
    static final class ListAccounts implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            AccountStore accounts = workspace.accounts();
            List<ApiToken> tokens = accounts.tokens();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"username", "role", "created", "valid tokens"});
            for (Account account : accounts.list()) {
                rows.add(new String[] {
                    account.username(),
                    account.role().id(),
                    account.createdAt().toString(),
                    String.join(
                            " ",
                            tokens.stream()
                                    .filter(token -> token.username().equals(account.username()) && !token.revoked())
                                    .map(ApiToken::id)
                                    .toList())
                });
            }
            System.out.print(MetricsTable.render(rows, java.util.Set.of()));
            return 0;
        }
    }

    @Command(
            name = "token",
            mixinStandardHelpOptions = true,
            description = "Mint an API token for an account (shown once), or revoke one by its id.")
    static final class Token implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @Parameters(index = "0", arity = "0..1", paramLabel = "USERNAME", description = "whose token to mint")
        String username;

        @Option(names = "--revoke", paramLabel = "ID", description = "revoke the token with this id instead")
        String revoke;

        @Override
        public Integer call() {
            AccountStore accounts = workspace.accounts();
            if (revoke != null) {
                if (!accounts.revokeToken(revoke, Instant.now())) {
                    throw new IllegalArgumentException("there is no valid token " + revoke);
                }
                System.out.println("Revoked the token " + revoke + ".");
                return 0;
            }
            if (username == null) {
                throw new IllegalArgumentException("name the account to mint a token for, or give --revoke ID");
            }
            Credentials.MintedToken minted = Credentials.mintToken(accounts, username);
            System.out.println(
                    "Token " + minted.token().id() + " for " + username + " (shown only now / このトークンは今だけ表示されます):");
            System.out.println(minted.text());
            System.out.println("Use it as: Authorization: Bearer " + minted.text());
            return 0;
        }
    }
}
