package org.kizuna.store.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.kizuna.store.survey.SurveySettings;

/**
 * Email through the workspace's SMTP server ({@code smtp.host}, {@code smtp.port}, {@code smtp.user}, {@code
 * smtp.password} or {@code KIZUNA_SMTP_PASSWORD}, {@code smtp.from}), as survey invitations and scheduled
 * reports send it: STARTTLS when the server offers it, a login when a user is set, and ten-second time-outs so
 * that a server that does not answer cannot hold a run up.
 */
public final class SmtpMail {

    private final Optional<SurveySettings.Smtp> smtp;
    private final String from;
    private final Session session;

    /**
     * @param smtp the server, or empty for messages that are only written to files
     * @param from the sender, as {@code smtp.from} gives it
     */
    public SmtpMail(Optional<SurveySettings.Smtp> smtp, String from) {
        this.smtp = smtp;
        this.from = from;
        Properties properties = new Properties();
        smtp.ifPresent(server -> {
            properties.put("mail.smtp.host", server.host());
            properties.put("mail.smtp.port", String.valueOf(server.port()));
            properties.put("mail.smtp.auth", String.valueOf(server.user().isPresent()));
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
        });
        this.session = Session.getInstance(properties);
    }

    /** The mail of a workspace's survey settings. */
    public static SmtpMail of(SurveySettings settings) {
        return new SmtpMail(settings.smtp(), settings.from());
    }

    /** Whether a server is set, so that messages can be sent. */
    public boolean canSend() {
        return smtp.isPresent();
    }

    /** A new message from the sender. */
    public MimeMessage message() throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from, true));
        } catch (AddressException e) {
            throw new MessagingException("smtp.from \"" + from + "\" is not an email address", e);
        }
        return message;
    }

    /**
     * Sends a message through the server.
     *
     * @throws IllegalStateException when no server is set
     */
    public void send(MimeMessage message) throws MessagingException {
        SurveySettings.Smtp server = smtp.orElseThrow(() -> new IllegalStateException("smtp.host is not set"));
        if (server.user().isPresent()) {
            Transport.send(message, server.user().get(), server.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
