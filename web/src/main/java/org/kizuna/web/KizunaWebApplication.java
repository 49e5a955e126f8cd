package org.kizuna.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The web server of one workspace: the dashboard, the REST API and sign-in. */
@SpringBootApplication
public class KizunaWebApplication {

    /** The property naming the workspace folder the server serves. */
    public static final String WORKSPACE_PROPERTY = "kizuna.workspace";

    /** Starts the server on the workspace, listening on the address and port given. */
    public static ConfigurableApplicationContext start(Path workspace, String bind, int port) {
        return start(workspace, bind, port, Map.of());
    }

    /** As {@link #start(Path, String, int)}, with further properties (e.g. {@code kizuna.warm.every}). */
    public static ConfigurableApplicationContext start(
            Path workspace, String bind, int port, Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put(WORKSPACE_PROPERTY, workspace.toAbsolutePath().toString());
        all.put("server.address", bind);
        all.put("server.port", Integer.toString(port));
        return new SpringApplicationBuilder(KizunaWebApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .properties(all)
                .run();
    }
}
