package org.kizuna.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that writes (imports, answers, settings) against the real server on a random port, serving its own
 * copy of the {@link GoldenWorkspace}: each test class gets a fresh copy and a server of its own, closed when
 * the class is done, so that what one class writes no other test sees. {@link #folder} names the copy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KizunaWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ScratchServerTest.CopyOfGoldenWorkspace.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface ScratchServerTest {

    /** The property naming the copy; inject it with {@code @Value("${kizuna.workspace}") Path folder}. */
    String folder = KizunaWebApplication.WORKSPACE_PROPERTY;

    /** Copies the golden workspace to a new folder and points the server at it. */
    final class CopyOfGoldenWorkspace implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Path copy = copy(GoldenWorkspace.folder());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "scratch-workspace", Map.of(KizunaWebApplication.WORKSPACE_PROPERTY, copy.toString())));
        }

        private static Path copy(Path from) {
            try {
                Path to = Files.createTempDirectory("kizuna-web-scratch").resolve(from.getFileName());
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.copy(file, to.resolve(from.relativize(file).toString()));
                    }
                }
                return to;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
