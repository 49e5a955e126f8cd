package org.kizuna.web.config;

import java.nio.file.Path;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.web.KizunaWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workspace the server serves, opened (and its schema brought up to date) once at start. It holds no
 * database connection: each request opens the connections it needs and closes them, so that the command line
 * can use the workspace between requests.
 */
@Configuration
class WorkspaceConfig {

    @Bean
    Workspace workspace(@Value("${" + KizunaWebApplication.WORKSPACE_PROPERTY + "}") Path folder) {
        return Workspace.open(folder);
    }

    @Bean
    AccountStore accountStore(Workspace workspace) {
        return new AccountStore(workspace);
    }
}
