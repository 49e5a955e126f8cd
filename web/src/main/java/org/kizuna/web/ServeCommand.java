package org.kizuna.web;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kizuna.store.Workspace;
import org.kizuna.web.account.Credentials;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Serves a workspace's dashboard and API until the process is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve a workspace's dashboard and REST API.", "ワークスペースのダッシュボードと REST API を提供します。"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
    Path folder;

    @Option(names = "--port", defaultValue = "8080", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDRESS",
            description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        Workspace workspace = Workspace.open(folder);
        String password = Credentials.firstAdmin(workspace);
        if (password != null) {
            System.out.println("Created the account admin for this workspace; its password is shown only now:");
            System.out.println("管理者アカウント admin を作成しました。パスワードは今だけ表示されます:");
            System.out.println("  admin / " + password);
        }
        serve(folder, bind, port, "");
        return 0;
    }

    /** Starts the server, prints where it listens, and waits until it stops. */
    static void serve(Path folder, String bind, int port, String login) throws InterruptedException {
        ConfigurableApplicationContext context = start(folder, bind, port);
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind;
        System.out.println();
        System.out.println("Kizuna is serving " + folder + " at http://" + host + ":" + port + "/" + login);
        System.out.println("Stop it with Ctrl+C. / 停止するには Ctrl+C を押してください。");
        stopped.await();
    }

    /** Starts the server; a port already in use is the user's to free or change, said so in both languages. */
    private static ConfigurableApplicationContext start(Path folder, String bind, int port) {
        try {
            return KizunaWebApplication.start(folder, bind, port);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException) {
                    throw new IllegalArgumentException(String.format(
                            "port %d on %s is already in use: stop what uses it or choose another with --port"
                                    + " / ポート %d は使用中です。使用中のプログラムを止めるか --port で別のポートを指定してください",
                            port, bind, port));
                }
            }
            throw e;
        }
    }
}
