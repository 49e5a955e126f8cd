package org.kizuna.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.reports.ReportDownloadTest.csv;
import static org.kizuna.web.reports.ReportDownloadTest.downloaded;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kizuna.reports.ReportFormat;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.web.Browser;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.kizuna.web.account.Credentials;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code GET /api/v1/reports} to a script with a viewer's API token, on a copy of the golden workspace (minting
 * the token writes to it): the file, and no session kept.
 */
@ScratchServerTest
class ReportApiTokenTest {

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Test
    void aViewersTokenDownloadsAReport() {
        String token = Credentials.mintToken(new AccountStore(Workspace.open(folder)), GoldenWorkspace.VIEWER)
                .text();
        Browser script = new Browser(port);
        HttpResponse<byte[]> response = script.download(
                "/api/v1/reports?format=csv&period=2024-06&family=voice&lang=en", "Authorization", "Bearer " + token);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("a token's request keeps no session")
                .noneMatch(cookie -> cookie.startsWith("KIZUNA_SESSION"));
        // June 2024: n09–n16, 8 answers, promoters n09 n10 n11 n15, detractors n13 n16: 100 × (4 − 2) / 8 = 25.00.
        assertThat(csv(downloaded(response, ReportFormat.CSV, "kizuna-ws-2024-06-voice", "api-token-voice")))
                .anySatisfy(row -> assertThat(row.getFields()).startsWith("nps", "2024-06", "", "", "25.00", "points"))
                .allSatisfy(row -> assertThat(row.getField(0)).isNotEqualTo("mrr"));
        assertThat(script.get("/api/v1/reports?format=csv", "Authorization", "Bearer kzn_made-up")
                        .statusCode())
                .isEqualTo(401);
    }
}
