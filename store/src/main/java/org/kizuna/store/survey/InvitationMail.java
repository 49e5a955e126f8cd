package org.kizuna.store.survey;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.kizuna.metrics.Language;
import org.kizuna.store.mail.SmtpMail;

/**
 * The email of an invitation, in the invitation's language, sent through the workspace's SMTP server or,
 * without one, written to the outbox folder as {@code INVITATION_ID.eml} (RFC 822, openable by any mail
 * program and by Jakarta Mail).
 */
final class InvitationMail {

    /** Header naming the invitation a message carries. */
    static final String INVITATION_HEADER = "X-Kizuna-Invitation";

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm", Locale.JAPAN);
    private static final DateTimeFormatter EN_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm (z)", Locale.ENGLISH);

    private final ZoneId zone;
    private final Path outbox;
    private final SmtpMail mail;

    InvitationMail(SurveySettings settings, ZoneId zone, Path outbox) {
        this.zone = zone;
        this.outbox = outbox;
        this.mail = SmtpMail.of(settings);
    }

    /** Sends or writes the invitation's email: empty when done, else what went wrong. */
    Optional<String> deliver(Invitation invitation, Survey survey) {
        try {
            MimeMessage message = compose(invitation, survey);
            if (invitation.delivery() == Invitation.Delivery.EMAIL) {
                mail.send(message);
            } else {
                Files.createDirectories(outbox);
                Path file = outbox.resolve(invitation.invitationId() + ".eml");
                Path partial = outbox.resolve(invitation.invitationId() + ".eml.partial");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    message.writeTo(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(
                    "the email to " + invitation.email().orElse("?") + " could not be sent: " + e.getMessage());
        } catch (IOException e) {
            return Optional.of("the email to " + invitation.email().orElse("?") + " could not be written to " + outbox
                    + ": " + e.getMessage());
        }
    }

    MimeMessage compose(Invitation invitation, Survey survey) throws MessagingException {
        MimeMessage message = mail.message();
        message.setRecipient(
                Message.RecipientType.TO, new InternetAddress(invitation.email().orElseThrow(), true));
        boolean japanese = invitation.language() == Language.JA;
        message.setSubject(japanese ? "アンケートへのご協力のお願い" : "Could you answer one short question?", "UTF-8");
        message.setSentDate(Date.from(invitation.sentAt()));
        message.setHeader(INVITATION_HEADER, invitation.invitationId());
        message.setHeader("Content-Language", invitation.language().code());
        message.setText(japanese ? japanese(invitation, survey) : english(invitation, survey), "UTF-8");
        message.saveChanges();
        return message;
    }

    private String japanese(Invitation invitation, Survey survey) {
        return invitation.name().map(name -> name + " 様").orElse("ご担当者様") + "\n\n"
                + "いつもご利用いただき、ありがとうございます。\n"
                + "サービス向上のため、アンケートへのご協力をお願いいたします（1問、1分ほどで終わります）。\n\n"
                + survey.questionJa() + "\n"
                + "（" + NewSurvey.plain(survey.scaleMin()) + "〜" + NewSurvey.plain(survey.scaleMax())
                + "でお答えください）\n\n"
                + "回答はこちらから：\n"
                + invitation.link() + "\n\n"
                + "回答期限：" + JA_DATE.format(invitation.expiresAt().atZone(zone)) + "\n"
                + "このリンクはお客様専用です。転送しないでください。\n";
    }

    private String english(Invitation invitation, Survey survey) {
        return invitation.name().map(name -> "Dear " + name + ",").orElse("Hello,") + "\n\n"
                + "Thank you for being our customer. Could you help us improve by answering one short question?\n\n"
                + survey.questionEn() + "\n"
                + "(on a scale of " + NewSurvey.plain(survey.scaleMin()) + " to "
                + NewSurvey.plain(survey.scaleMax()) + ")\n\n"
                + "Answer here:\n"
                + invitation.link() + "\n\n"
                + "The link is open until "
                + EN_DATE.format(invitation.expiresAt().atZone(zone)) + ".\n"
                + "It is yours alone; please do not forward it.\n";
    }
}
