package org.kizuna.web.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kizuna.web.Browser;
import org.kizuna.web.Multipart;
import org.kizuna.web.ScratchServerTest;
import org.kizuna.web.metrics.FiguresWarmer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * An upload on the data page starts the figures ahead at once, against the real server with its background
 * warming on: the server looks only once an hour here, so figures computed within the test's minute come from
 * the upload, not from the next look.
 */
@ScratchServerTest
@TestPropertySource(properties = "kizuna.warm.every=PT1H")
class UploadWarmsFiguresTest {

    private static final Pattern CSRF_HEADER = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    FiguresWarmer warmer;

    @Value("${local.server.port}")
    int port;

    @Test
    void anUploadComputesTheFiguresAheadWithoutWaitingForTheNextLook() throws Exception {
        // The look at start computes the figures of the data as it is.
        awaitWarm();
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        String csv = "response_id,survey_id,customer_id,user_id,invitation_id,answered_at,score,comment,language\n"
                + "u01,nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n";

        // A refused upload changes nothing, so there is nothing to compute.
        HttpResponse<String> refused = upload(analyst, csv.replace(",10,", ",ten,"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(warmer.isWarm()).as("nothing was imported").isTrue();

        HttpResponse<String> imported = upload(analyst, csv);
        assertThat(imported.statusCode()).isEqualTo(200);

        awaitWarm();
    }

    /** Posts the upload as the page's htmx form does: the CSRF token in a header, marked as an htmx request. */
    private static HttpResponse<String> upload(Browser browser, String csv) {
        Matcher token = CSRF_HEADER.matcher(browser.get("/data").body());
        assertThat(token.find()).as("the upload form's CSRF header").isTrue();
        Multipart body = new Multipart().file("files", "survey_responses.csv", csv);
        return browser.post(
                "/data/import", body.contentType(), body.bytes(), "X-CSRF-TOKEN", token.group(1), "HX-Request", "true");
    }

    private void awaitWarm() throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!warmer.isWarm()) {
            assertThat(System.nanoTime())
                    .as("the figures ahead computed within %s", PATIENCE)
                    .isLessThan(until);
            Thread.sleep(100);
        }
    }
}
