package org.kizuna.web;

import java.util.concurrent.Callable;
import org.kizuna.cli.DemoWorkspace;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.Role;
import org.kizuna.web.account.Credentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The demo with the dashboard: generates and imports the demo company when the workspace does not exist yet,
 * gives the account {@code demo} a new password, and serves the workspace.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a 1,000-customer demo company, import it, and open its dashboard.",
            "1,000 社のデモ企業を生成・インポートし、ダッシュボードを開きます。"
        })
final class WebDemoCommand implements Callable<Integer> {

    static final String DEMO_USER = "demo";

    @Mixin
    DemoWorkspace demo;

    @Option(names = "--port", defaultValue = "8080", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDRESS",
            description = "the address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        Workspace workspace = demo.prepare();
        String password = demoLogin(workspace);
        System.out.println();
        System.out.println("Demo login / デモ用ログイン:  " + DEMO_USER + " / " + password);
        ServeCommand.serve(demo.folder(), bind, port, "login");
        return 0;
    }

    /** The demo account, an admin, with a new random password each run: a demo workspace holds no secrets. */
    static String demoLogin(Workspace workspace) {
        AccountStore accounts = new AccountStore(workspace);
        String password = Credentials.randomPassword();
        if (accounts.find(DEMO_USER).isPresent()) {
            accounts.setPasswordHash(DEMO_USER, Credentials.PASSWORDS.encode(password));
        } else {
            Credentials.addAccount(accounts, DEMO_USER, password, Role.ADMIN);
        }
        return password;
    }
}
