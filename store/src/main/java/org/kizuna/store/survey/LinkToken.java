package org.kizuna.store.survey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a survey link: {@code base64url(payload) "." base64url(HMAC-SHA256(secret, payload))}, the
 * payload being {@code 1|invitation id|expiry in epoch seconds}. It tells which invitation it answers and
 * until when, and cannot be changed without the workspace's secret. Pure: no database.
 *
 * @param invitationId the invitation the link answers
 * @param expiresAt the instant from which it can no longer be answered
 */
record LinkToken(String invitationId, Instant expiresAt) {

    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    LinkToken {
        if (invitationId.isEmpty() || invitationId.contains("|")) {
            throw new IllegalArgumentException("invitation id \"" + invitationId + "\" cannot be put in a link");
        }
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    }

    String sign(byte[] secret) {
        byte[] payload = payload().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmac(secret, payload));
    }

    private String payload() {
        return VERSION + "|" + invitationId + "|" + expiresAt.getEpochSecond();
    }

    /**
     * Reads a token and checks its signature: the token, or the reason it is refused (malformed or
     * tampered). Expiry and whether the invitation exists are for the caller to judge.
     */
    static Result verify(String token, byte[] secret) {
        String given = token == null ? "" : token.strip();
        int dot = given.indexOf('.');
        if (dot <= 0 || dot != given.lastIndexOf('.') || dot == given.length() - 1) {
            return Result.refused(LinkRejection.MALFORMED);
        }
        byte[] payload;
        try {
            payload = DECODER.decode(given.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Result.refused(LinkRejection.MALFORMED);
        }
        // The signature is compared as text, so that no other spelling of the same bytes passes, and in constant
        // time.
        String expected = ENCODER.encodeToString(hmac(secret, payload));
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                given.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Result.refused(LinkRejection.TAMPERED);
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (fields.length != 3 || !fields[0].equals(VERSION) || fields[1].isEmpty()) {
            return Result.refused(LinkRejection.MALFORMED);
        }
        try {
            return new Result(
                    Optional.of(new LinkToken(fields[1], Instant.ofEpochSecond(Long.parseLong(fields[2])))),
                    Optional.empty());
        } catch (NumberFormatException e) {
            return Result.refused(LinkRejection.MALFORMED);
        }
    }

    private static byte[] hmac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * A verified token, or the reason it was refused.
     *
     * @param token the token whose signature holds
     * @param rejection why it was refused
     */
    record Result(Optional<LinkToken> token, Optional<LinkRejection> rejection) {

        static Result refused(LinkRejection reason) {
            return new Result(Optional.empty(), Optional.of(reason));
        }
    }
}
