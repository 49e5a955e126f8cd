package org.kizuna.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real server on a random port, serving the {@link GoldenWorkspace}; every such test
 * class shares one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KizunaWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServerTest.GoldenWorkspaceProperty.class)
public @interface ServerTest {

    /** Points the server at the golden workspace. */
    final class GoldenWorkspaceProperty implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "golden-workspace",
                            Map.of(
                                    KizunaWebApplication.WORKSPACE_PROPERTY,
                                    GoldenWorkspace.folder().toString())));
        }
    }
}
