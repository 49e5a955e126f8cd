package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signed token of a survey link, without a database. */
class LinkTokenTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final Instant EXPIRES = Instant.parse("2024-06-24T01:00:00Z");

    @Test
    void aSignedTokenReadsBackItsInvitationAndExpiry() {
        String token = new LinkToken("inv-1", EXPIRES).sign(SECRET);

        LinkToken.Result result = LinkToken.verify(token, SECRET);

        assertThat(result.rejection()).isEmpty();
        assertThat(result.token()).contains(new LinkToken("inv-1", EXPIRES));
        // base64url throughout: safe in a URL path without escaping
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void aChangedSignatureIsTampered() {
        String token = new LinkToken("inv-1", EXPIRES).sign(SECRET);
        int middle = token.indexOf('.') + 20;
        char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, middle) + changed + token.substring(middle + 1);

        assertThat(LinkToken.verify(tampered, SECRET).rejection()).contains(LinkRejection.TAMPERED);
    }

    @Test
    void anotherInvitationIdUnderTheOriginalSignatureIsTampered() {
        String token = new LinkToken("inv-1", EXPIRES).sign(SECRET);
        String signature = token.substring(token.indexOf('.'));
        String payload = "1|inv-2|" + EXPIRES.getEpochSecond();
        String altered =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                        + signature;

        assertThat(LinkToken.verify(altered, SECRET).rejection()).contains(LinkRejection.TAMPERED);
    }

    @Test
    void aLaterExpiryUnderTheOriginalSignatureIsTampered() {
        String token = new LinkToken("inv-1", EXPIRES).sign(SECRET);
        String payload = "1|inv-1|" + (EXPIRES.getEpochSecond() + 86_400);
        String altered =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                        + token.substring(token.indexOf('.'));

        assertThat(LinkToken.verify(altered, SECRET).rejection()).contains(LinkRejection.TAMPERED);
    }

    @Test
    void aTokenOfAnotherWorkspaceIsTampered() {
        String token = new LinkToken("inv-1", EXPIRES).sign(OTHER_SECRET);

        assertThat(LinkToken.verify(token, SECRET).rejection()).contains(LinkRejection.TAMPERED);
    }

    @Test
    void textThatIsNoTokenIsMalformed() {
        for (String text : new String[] {"", "abc", "a.b.c", ".sig", "payload.", "%%%.abc", null}) {
            assertThat(LinkToken.verify(text, SECRET).rejection())
                    .as("token %s", text)
                    .contains(LinkRejection.MALFORMED);
        }
    }

    @Test
    void aSignedPayloadOfAnotherShapeIsMalformed() {
        // signed with the right key but not a payload Kizuna writes: a wrong version and a missing expiry
        for (String payload : new String[] {"2|inv-1|1718000000", "1|inv-1", "1|inv-1|soon"}) {
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(bytes));
            assertThat(LinkToken.verify(token, SECRET).rejection())
                    .as("payload %s", payload)
                    .contains(LinkRejection.MALFORMED);
        }
    }

    private static byte[] hmac(byte[] payload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
