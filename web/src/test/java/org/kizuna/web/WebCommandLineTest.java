package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.Role;
import org.kizuna.web.account.Credentials;
import picocli.CommandLine;

/**
 * The jar's command line: every command of the command-line module, plus serve, account and the web's demo;
 * accounts and tokens made with {@code kizuna account}.
 */
class WebCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void theCommandLineHasEveryCommandOfTheCliAndTheWebsOwn() {
        CommandLine commandLine = WebMain.commandLine();
        assertThat(commandLine.getSubcommands().keySet())
                .contains("init", "import", "generate", "metrics", "demo", "bench", "catalogue", "cohorts", "explain")
                .contains("serve", "account");
        Object demo = commandLine.getSubcommands().get("demo").getCommand();
        assertThat(demo).isInstanceOf(WebDemoCommand.class);
        String help = run(2, "serve").err();
        assertThat(help).contains("Missing required option: '--workspace=W'").contains("See: kizuna serve --help");
    }

    @Test
    void servingOnAPortInUseSaysSoInsteadOfFailingInternally() throws IOException {
        Path workspace = Workspace.init(
                        dir.resolve("busy"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")))
                .folder();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            String err = run(1, "serve", "--workspace", workspace.toString(), "--port", port)
                    .err();
            assertThat(err)
                    .contains("kizuna: port " + port + " on 127.0.0.1 is already in use")
                    .contains("ポート " + port + " は使用中です")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void accountsAndTokensAreMadeListedAndRevokedFromTheCommandLine() {
        Path workspace = Workspace.init(
                        dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")))
                .folder();
        String ws = workspace.toString();

        String added = run(0, "account", "add", "yuki", "--role", "analyst", "--workspace", ws)
                .out();
        Matcher password = Pattern.compile("Password .*: (\\S+)").matcher(added);
        assertThat(password.find()).as(added).isTrue();
        AccountStore accounts = new AccountStore(Workspace.open(workspace));
        assertThat(accounts.find("yuki")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.ANALYST);
            assertThat(Credentials.PASSWORDS.matches(password.group(1), account.passwordHash()))
                    .isTrue();
            assertThat(account.passwordHash()).doesNotContain(password.group(1));
        });

        assertThat(run(1, "account", "add", "yuki", "--workspace", ws).err()).contains("already exists");
        assertThat(run(1, "account", "add", "ken", "--role", "owner", "--workspace", ws)
                        .err())
                .contains("admin, analyst or viewer");

        String minted = run(0, "account", "token", "yuki", "--workspace", ws).out();
        Matcher token = Pattern.compile("(kzn_\\S+)").matcher(minted);
        assertThat(token.find()).as(minted).isTrue();
        assertThat(accounts.findByTokenHash(Credentials.hash(token.group(1))))
                .hasValueSatisfying(account -> assertThat(account.username()).isEqualTo("yuki"));
        String id = accounts.tokens().get(0).id();
        assertThat(accounts.tokens().get(0).tokenHash()).doesNotContain(token.group(1));

        assertThat(run(0, "account", "list", "--workspace", ws).out()).contains("yuki", "analyst", id);
        assertThat(run(0, "account", "token", "--revoke", id, "--workspace", ws).out())
                .contains("Revoked");
        assertThat(accounts.findByTokenHash(Credentials.hash(token.group(1)))).isEmpty();
        assertThat(run(1, "account", "token", "--revoke", id, "--workspace", ws).err())
                .contains("no valid token");
    }

    @Test
    void theFirstServeOfAWorkspaceMakesAnAdminOnce() {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.US, ZoneId.of("UTC")));
        String password = Credentials.firstAdmin(workspace);
        assertThat(password).hasSize(16);
        assertThat(Credentials.firstAdmin(workspace))
                .as("only on a workspace without accounts")
                .isNull();
        assertThat(new AccountStore(workspace).find("admin")).hasValueSatisfying(admin -> {
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(Credentials.PASSWORDS.matches(password, admin.passwordHash()))
                    .isTrue();
        });
    }

    @Test
    void theDemoAccountGetsANewPasswordEachRun() {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.US, ZoneId.of("UTC")));
        String first = WebDemoCommand.demoLogin(workspace);
        String second = WebDemoCommand.demoLogin(workspace);
        AccountStore accounts = new AccountStore(workspace);
        assertThat(accounts.list()).hasSize(1);
        String hash = accounts.find("demo").orElseThrow().passwordHash();
        assertThat(Credentials.PASSWORDS.matches(second, hash)).isTrue();
        assertThat(Credentials.PASSWORDS.matches(first, hash)).isFalse();
        assertThat(accounts.find("demo").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    private record Outcome(String out, String err) {}

    private static synchronized Outcome run(int expectedStatus, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            CommandLine commandLine = WebMain.commandLine();
            commandLine.setErr(new java.io.PrintWriter(System.err, true));
            status = commandLine.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        Outcome outcome = new Outcome(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        assertThat(status).as("kizuna %s: %s", String.join(" ", args), outcome).isEqualTo(expectedStatus);
        return outcome;
    }
}
