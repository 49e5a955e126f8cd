package org.kizuna.web.config;

import java.nio.file.Path;
import java.time.Duration;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.web.KizunaWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workspace the server serves, opened (and its schema brought up to date) once at start. It holds no
 * database connection of its own: requests share the database while any of them uses it, and a second after the
 * last one it is closed, so that the command line can use the workspace while the server is idle.
 */
@Configuration
class WorkspaceConfig {

    /** How long the database stays open after the last request that used it: long enough for a busy stream. */
    static final Duration KEEP_OPEN = Duration.ofSeconds(1);

    @Bean
    Workspace workspace(@Value("${" + KizunaWebApplication.WORKSPACE_PROPERTY + "}") Path folder) {
        Workspace.keepOpenFor(KEEP_OPEN);
        return Workspace.open(folder);
    }

    @Bean
    AccountStore accountStore(Workspace workspace) {
        return new AccountStore(workspace);
    }
}
