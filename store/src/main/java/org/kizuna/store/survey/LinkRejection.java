package org.kizuna.store.survey;

/**
 * Why a survey link cannot be answered. Each reason has its own message in both languages, fit to show the
 * person who followed the link; a web page would answer them with 400, 403, 404, 409 and 410 in turn.
 */
public enum LinkRejection {
    /** Not a link Kizuna made: not two base64url parts, or a payload it cannot read. */
    MALFORMED(
            "このリンクは正しくありません。メールのリンクをそのままお使いください。",
            "This link is not valid. Please use the link from your email as it is."),
    /** The signature does not match what the link says (its invitation or expiry was changed). */
    TAMPERED("このリンクは変更されているため使えません。", "This link has been altered and cannot be used."),
    /** Signed by this workspace but no longer known to it (the invitation is gone). */
    UNKNOWN("このアンケートの依頼は見つかりません。", "This survey invitation could not be found."),
    /** Past its expiry, or revoked. */
    EXPIRED("このアンケートの回答期限は過ぎています。", "This survey link has expired."),
    /** Answered before: each invitation takes one answer. */
    ALREADY_ANSWERED("このアンケートには回答済みです。ありがとうございました。", "This survey has already been answered. Thank you.");

    private final String messageJa;
    private final String messageEn;

    LinkRejection(String messageJa, String messageEn) {
        this.messageJa = messageJa;
        this.messageEn = messageEn;
    }

    public String message(org.kizuna.metrics.Language language) {
        return language == org.kizuna.metrics.Language.JA ? messageJa : messageEn;
    }
}
