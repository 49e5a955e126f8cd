package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.query.CustomerSegmentation;

/**
 * Survey collection in a workspace: surveys created in Kizuna, invitations with signed links, and answers
 * through them. Everything lands in the contract tables the metrics read ({@code surveys}, {@code
 * survey_invitations}, {@code survey_responses}) beside the collection tables of migration V3, so an answer
 * counts in the metrics as soon as {@link #answer} returns. Ids are {@code srv-…}, {@code inv-…} and {@code
 * resp-…} with random parts, so they do not meet imported ids; an import replaces only rows whose ids are in
 * its files.
 *
 * <p>Every method opens its own connection; the clock says what time it is, so that tests can move it.
 */
public final class SurveyCollection {

    /** The longest comment stored. */
    public static final int MAX_COMMENT_LENGTH = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workspace workspace;
    private final Clock clock;

    public SurveyCollection(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public SurveyCollection(Workspace workspace) {
        this(workspace, Clock.systemUTC());
    }

    /** The survey settings in the workspace's settings file as it is now. */
    public SurveySettings settings() {
        return SurveySettings.read(workspace.folder());
    }

    // ---- surveys ----

    /** Creates a survey; its id must not be taken by an imported or created survey. */
    public Survey create(NewSurvey survey) {
        Language workspaceLanguage = Language.of(workspace.settings().language());
        try (Connection connection = workspace.connect()) {
            connection.setAutoCommit(false);
            try {
                String id;
                if (survey.id().isPresent()) {
                    id = survey.id().get();
                    if (surveyExists(connection, id)) {
                        throw new WorkspaceException("survey " + id + " already exists; choose another id");
                    }
                } else {
                    do {
                        id = "srv-" + UUID.randomUUID().toString().substring(0, 8);
                    } while (surveyExists(connection, id));
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO surveys (survey_id, type, question, scale_min, scale_max, satisfied_threshold,"
                                + " touchpoint, language) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
                    insert.setString(1, id);
                    insert.setString(2, survey.type().word());
                    insert.setString(3, workspaceLanguage == Language.JA ? survey.questionJa() : survey.questionEn());
                    insert.setBigDecimal(4, survey.scaleMin());
                    insert.setBigDecimal(5, survey.scaleMax());
                    setOptional(insert, 6, survey.satisfiedThreshold().orElse(null), Types.DECIMAL);
                    setOptional(insert, 7, survey.touchpoint().orElse(null), Types.VARCHAR);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO survey_questions (survey_id, question_ja, question_en, created_at)"
                                + " VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, survey.questionJa());
                    insert.setString(3, survey.questionEn());
                    insert.setObject(4, timestamp(clock.instant()));
                    insert.executeUpdate();
                }
                connection.commit();
                return find(connection, id).orElseThrow();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot create the survey", e);
        }
    }

    /** Every survey of the workspace, imported or created, by id. */
    public List<Survey> list() {
        try (Connection connection = workspace.connect()) {
            return surveys(connection, Optional.empty());
        } catch (SQLException e) {
            throw failure("cannot list the surveys", e);
        }
    }

    public Optional<Survey> find(String surveyId) {
        try (Connection connection = workspace.connect()) {
            return find(connection, surveyId);
        } catch (SQLException e) {
            throw failure("cannot read survey " + surveyId, e);
        }
    }

    private static Optional<Survey> find(Connection connection, String surveyId) throws SQLException {
        return surveys(connection, Optional.of(surveyId)).stream().findFirst();
    }

    /**
     * The survey as its answer page needs it, without counting its invitations and responses (a scan of both
     * tables, too slow to repeat for every answer of a large workspace): both counts are zero.
     */
    private static Optional<Survey> findUncounted(Connection connection, String surveyId) throws SQLException {
        return surveys(connection, Optional.of(surveyId), false).stream().findFirst();
    }

    private static List<Survey> surveys(Connection connection, Optional<String> only) throws SQLException {
        return surveys(connection, only, true);
    }

    private static List<Survey> surveys(Connection connection, Optional<String> only, boolean counted)
            throws SQLException {
        List<Survey> surveys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT s.survey_id, s.type, s.scale_min, s.scale_max, s.satisfied_threshold, s.touchpoint,"
                        + " coalesce(q.question_ja, s.question, ''), coalesce(q.question_en, s.question, ''),"
                        + " q.survey_id IS NOT NULL, "
                        + (counted ? "coalesce(i.n, 0), coalesce(r.n, 0)" : "0, 0")
                        + " FROM surveys s"
                        + " LEFT JOIN survey_questions q ON q.survey_id = s.survey_id"
                        + (counted
                                ? " LEFT JOIN (SELECT survey_id, count(*) AS n FROM survey_invitations GROUP BY ALL) i"
                                        + " ON i.survey_id = s.survey_id"
                                        + " LEFT JOIN (SELECT survey_id, count(*) AS n FROM survey_responses"
                                        + " GROUP BY ALL) r ON r.survey_id = s.survey_id"
                                : "")
                        + (only.isPresent() ? " WHERE s.survey_id = ?" : "")
                        + " ORDER BY s.survey_id")) {
            if (only.isPresent()) {
                query.setString(1, only.get());
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    surveys.add(new Survey(
                            r.getString(1),
                            SurveyType.of(r.getString(2)),
                            r.getBigDecimal(3),
                            r.getBigDecimal(4),
                            Optional.ofNullable(r.getBigDecimal(5)),
                            Optional.ofNullable(r.getString(6)),
                            r.getString(7),
                            r.getString(8),
                            r.getBoolean(9),
                            r.getLong(10),
                            r.getLong(11)));
                }
            }
        }
        return surveys;
    }

    private static boolean surveyExists(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM surveys WHERE survey_id = ?")) {
            query.setString(1, id);
            try (ResultSet r = query.executeQuery()) {
                return r.next();
            }
        }
    }

    // ---- contacts ----

    /**
     * Loads contacts (customer_id, user_id, email, name, language) from a CSV file, all or nothing; a
     * contact already stored under the same customer and user is replaced.
     *
     * @return how many contacts the file held
     */
    public int importContacts(Path csv) {
        return new ContactsFile(csv).loadInto(workspace);
    }

    // ---- invitations ----

    /**
     * Invites the audience to a survey created in Kizuna: one invitation and signed link per contact of each
     * chosen customer (the customer as a whole when it has no contacts), in one transaction; then emails
     * them to the contacts with an address, through SMTP or into the outbox folder. Churned customers, and
     * anyone invited (to any survey) fewer than {@code survey.throttle_days} days ago, are skipped and
     * reported; so is an email that could not be sent, its invitation withdrawn.
     */
    public InvitationBatch invite(InvitationRequest request) {
        SurveySettings settings = settings();
        if (request.baseUrl().isPresent()) {
            try {
                settings = settings.withBaseUrl(request.baseUrl().get());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("base URL " + e.getMessage(), e);
            }
        }
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        Instant expires = now.plus(Duration.ofDays(request.expiresDays()));
        Language workspaceLanguage = Language.of(workspace.settings().language());
        List<Invitation> invited = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Survey survey;
        try (Connection connection = workspace.connect()) {
            connection.setAutoCommit(false);
            try {
                survey = find(connection, request.surveyId())
                        .orElseThrow(() -> new UnknownSurveyException(request.surveyId()));
                if (!survey.collected()) {
                    throw new WorkspaceException("survey " + survey.id() + " was imported, so Kizuna cannot ask it;"
                            + " create one to collect with kizuna survey create");
                }
                byte[] secret = SigningKey.secret(connection, clock);
                Map<String, Instant> lastInvited = lastInvitedSince(
                        connection, now.minus(Duration.ofDays(settings.throttleDays())), settings.throttleDays());
                LocalDate today = LocalDate.ofInstant(now, workspace.settings().timeZone());
                Set<String> seen = new LinkedHashSet<>();
                for (Candidate candidate : candidates(connection, request.audience(), skipped)) {
                    String key = candidate.key();
                    if (!seen.add(key)) {
                        continue;
                    }
                    Optional<Skipped> refusal =
                            refusal(candidate, today, lastInvited.get(key), settings.throttleDays());
                    if (refusal.isPresent()) {
                        skipped.add(refusal.get());
                        continue;
                    }
                    String id = "inv-" + UUID.randomUUID();
                    String token = new LinkToken(id, expires).sign(secret);
                    Optional<String> email = Optional.ofNullable(candidate.email);
                    invited.add(new Invitation(
                            id,
                            survey.id(),
                            candidate.customerId,
                            Optional.ofNullable(candidate.userId),
                            email,
                            Optional.ofNullable(candidate.name),
                            candidate.language(workspaceLanguage),
                            now,
                            expires,
                            token,
                            settings.link(token),
                            email.isPresent() && request.sendEmail()
                                    ? (settings.smtp().isPresent()
                                            ? Invitation.Delivery.EMAIL
                                            : Invitation.Delivery.OUTBOX)
                                    : Invitation.Delivery.LINK));
                }
                store(connection, invited, now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot invite to survey " + request.surveyId(), e);
        }
        InvitationMail mail = new InvitationMail(settings, workspace.settings().timeZone(), outbox());
        List<Invitation> delivered = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (Invitation invitation : invited) {
            if (invitation.delivery() == Invitation.Delivery.LINK) {
                delivered.add(invitation);
                continue;
            }
            Optional<String> problem = mail.deliver(invitation, survey);
            if (problem.isEmpty()) {
                delivered.add(invitation);
            } else {
                withdrawn.add(invitation.invitationId());
                skipped.add(new Skipped(
                        invitation.customerId(), invitation.userId(), Skipped.Reason.NOT_SENT, problem.get()));
            }
        }
        withdraw(withdrawn);
        boolean wroteOutbox = delivered.stream().anyMatch(i -> i.delivery() == Invitation.Delivery.OUTBOX);
        return new InvitationBatch(delivered, skipped, wroteOutbox ? Optional.of(outbox()) : Optional.empty());
    }

    /** Why a chosen person is not to be invited now: churned, or invited within the throttle window. */
    private Optional<Skipped> refusal(Candidate candidate, LocalDate today, Instant lastInvited, int throttleDays) {
        if (candidate.churnedAt != null && !candidate.churnedAt.isAfter(today)) {
            return Optional.of(new Skipped(
                    candidate.customerId,
                    Optional.ofNullable(candidate.userId),
                    Skipped.Reason.CHURNED,
                    "churned on " + candidate.churnedAt));
        }
        if (lastInvited != null) {
            return Optional.of(new Skipped(
                    candidate.customerId,
                    Optional.ofNullable(candidate.userId),
                    Skipped.Reason.THROTTLED,
                    "last invited "
                            + DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    lastInvited.atZone(workspace.settings().timeZone()))
                            + ", within " + throttleDays + " days"));
        }
        return Optional.empty();
    }

    /**
     * Invites one user of a customer to a survey created in Kizuna, to be asked inside the customer's own
     * application (the in-app widget): no email is sent, the link's token is returned to show it. The same
     * rules as {@link #invite} apply: a churned customer, or a user invited (to any survey) fewer than
     * {@code survey.throttle_days} days ago, is refused with {@link InvitationRefusedException}, saying when
     * the user may be asked again. The address and language, when not given, are the loaded contact's; the
     * language otherwise the customer's, else the workspace's.
     */
    public Invitation inviteInApp(InAppInvitation request) {
        SurveySettings settings = settings();
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        Instant expires = now.plus(Duration.ofDays(request.expiresDays()));
        Invitation invitation;
        try (Connection connection = workspace.connect()) {
            connection.setAutoCommit(false);
            try {
                Survey survey = find(connection, request.surveyId())
                        .orElseThrow(() -> new UnknownSurveyException(request.surveyId()));
                if (!survey.collected()) {
                    throw new InvitationRefusedException(
                            "survey " + survey.id() + " was imported, so Kizuna cannot ask it",
                            Optional.empty(),
                            Optional.empty());
                }
                Candidate candidate = candidate(connection, request.customerId(), request.userId())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "customer_id: no customer " + request.customerId() + " in the workspace"));
                Map<String, Instant> lastInvited = lastInvitedSince(
                        connection, now.minus(Duration.ofDays(settings.throttleDays())), settings.throttleDays());
                LocalDate today = LocalDate.ofInstant(now, workspace.settings().timeZone());
                Instant last = lastInvited.get(candidate.key());
                Optional<Skipped> refusal = refusal(candidate, today, last, settings.throttleDays());
                if (refusal.isPresent()) {
                    Optional<Instant> askAgain =
                            Optional.ofNullable(last).map(l -> l.plus(Duration.ofDays(settings.throttleDays())));
                    throw new InvitationRefusedException(
                            request.customerId() + "/" + request.userId() + ": "
                                    + refusal.get().detail()
                                    + askAgain.map(a -> "; may be asked again from " + a)
                                            .orElse(""),
                            refusal,
                            askAgain);
                }
                String id = "inv-" + UUID.randomUUID();
                String token = new LinkToken(id, expires).sign(SigningKey.secret(connection, clock));
                invitation = new Invitation(
                        id,
                        survey.id(),
                        candidate.customerId,
                        Optional.of(request.userId()),
                        request.email().or(() -> Optional.ofNullable(candidate.email)),
                        Optional.ofNullable(candidate.name),
                        request.language()
                                .orElseGet(() -> candidate.language(
                                        Language.of(workspace.settings().language()))),
                        now,
                        expires,
                        token,
                        settings.link(token),
                        Invitation.Delivery.IN_APP);
                store(connection, List.of(invitation), now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot invite to survey " + request.surveyId(), e);
        }
        return invitation;
    }

    /** One user of a customer as {@link #candidates} would choose them, with their contact if loaded. */
    private static Optional<Candidate> candidate(Connection connection, String customerId, String userId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT c.customer_id, c.churned_at, c.language, k.email, k.name, k.language"
                        + " FROM customers c LEFT JOIN survey_contacts k"
                        + " ON k.customer_id = c.customer_id AND k.user_id = ? WHERE c.customer_id = ?")) {
            query.setString(1, userId);
            query.setString(2, customerId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                java.sql.Date churned = r.getDate(2);
                return Optional.of(new Candidate(
                        r.getString(1),
                        churned == null ? null : churned.toLocalDate(),
                        r.getString(3),
                        userId,
                        r.getString(4),
                        r.getString(5),
                        r.getString(6)));
            }
        }
    }

    /**
     * Every link made for a survey, for the links CSV, oldest first: each with its token signed again (the
     * same token as was sent, as signing is deterministic) and how it was delivered (an email found in the
     * outbox folder was written there, else sent through SMTP).
     */
    public List<Invitation> links(String surveyId) {
        SurveySettings settings = settings();
        Path outbox = outbox();
        List<Invitation> links = new ArrayList<>();
        try (Connection connection = workspace.connect()) {
            byte[] secret = SigningKey.secret(connection, clock);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT l.invitation_id, i.customer_id, i.user_id, l.email, k.name, l.language, i.sent_at,"
                            + " l.expires_at, i.channel"
                            + " FROM survey_links l JOIN survey_invitations i ON i.invitation_id = l.invitation_id"
                            + " LEFT JOIN survey_contacts k ON k.customer_id = i.customer_id AND k.user_id = i.user_id"
                            + " WHERE i.survey_id = ? ORDER BY i.sent_at, i.customer_id, i.user_id, l.invitation_id")) {
                query.setString(1, surveyId);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        Instant expires = instant(r, 8);
                        String token = new LinkToken(id, expires).sign(secret);
                        Invitation.Delivery delivery = switch (String.valueOf(r.getString(9))) {
                            case "in_app" -> Invitation.Delivery.IN_APP;
                            case "email" ->
                                java.nio.file.Files.exists(outbox.resolve(id + ".eml"))
                                        ? Invitation.Delivery.OUTBOX
                                        : Invitation.Delivery.EMAIL;
                            default -> Invitation.Delivery.LINK;
                        };
                        links.add(new Invitation(
                                id,
                                surveyId,
                                r.getString(2),
                                Optional.ofNullable(r.getString(3)),
                                Optional.ofNullable(r.getString(4)),
                                Optional.ofNullable(r.getString(5)),
                                Language.of(r.getString(6)),
                                instant(r, 7),
                                expires,
                                token,
                                settings.link(token),
                                delivery));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read the links of survey " + surveyId, e);
        }
        return links;
    }

    /** The latest responses to a survey, imported or collected, newest first. */
    public List<SurveyResponse> latestResponses(String surveyId, int limit) {
        return responses(surveyId, "answered_at DESC, response_id", limit);
    }

    /** Every response to a survey, imported or collected, oldest first: what a download of its answers holds. */
    public List<SurveyResponse> responses(String surveyId) {
        return responses(surveyId, "answered_at, response_id", Integer.MAX_VALUE);
    }

    private List<SurveyResponse> responses(String surveyId, String order, int limit) {
        List<SurveyResponse> responses = new ArrayList<>();
        try (Connection connection = workspace.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT response_id, customer_id, user_id, answered_at, score, comment, language"
                                + " FROM survey_responses WHERE survey_id = ?"
                                + " ORDER BY " + order + " LIMIT ?")) {
            query.setString(1, surveyId);
            query.setInt(2, limit);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    responses.add(new SurveyResponse(
                            r.getString(1),
                            r.getString(2),
                            Optional.ofNullable(r.getString(3)),
                            instant(r, 4),
                            r.getBigDecimal(5),
                            Optional.ofNullable(r.getString(6)),
                            Optional.ofNullable(r.getString(7))));
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read the responses of survey " + surveyId, e);
        }
        return responses;
    }

    /** The folder where emails are written when no SMTP server is set. */
    public Path outbox() {
        return workspace.folder().resolve("outbox");
    }

    /**
     * One chosen person: a customer's contact, or the customer as a whole (no user) when it has none.
     */
    private record Candidate(
            String customerId,
            LocalDate churnedAt,
            String customerLanguage,
            String userId,
            String email,
            String name,
            String contactLanguage) {

        String key() {
            return throttleKey(customerId, userId);
        }

        Language language(Language otherwise) {
            for (String given : new String[] {contactLanguage, customerLanguage}) {
                if (given != null && !given.isBlank()) {
                    String word = given.strip().toLowerCase(Locale.ROOT);
                    return word.startsWith("ja") || word.equals("日本語") ? Language.JA : Language.EN;
                }
            }
            return otherwise;
        }
    }

    private static String throttleKey(String customerId, String userId) {
        return customerId + "\u0000" + (userId == null ? "\u0001" : userId);
    }

    private static List<Candidate> candidates(Connection connection, Audience audience, List<Skipped> skipped)
            throws SQLException {
        StringBuilder joins = new StringBuilder();
        StringBuilder condition = new StringBuilder("true");
        if (audience.where().isEmpty()) {
            condition.append(" AND c.customer_id IN (");
            for (int i = 0; i < audience.customerIds().size(); i++) {
                condition.append(i == 0 ? "?" : ", ?");
            }
            condition.append(')');
        } else {
            int n = 0;
            for (Map.Entry<String, String> value : audience.where().entrySet()) {
                CustomerSegmentation attribute =
                        CustomerSegmentation.of(connection, value.getKey(), "where_attribute_" + n++, "to invite by");
                joins.append(attribute.join()).append('\n');
                condition.append(" AND ").append(attribute.expression()).append(" = ?");
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT c.customer_id, c.churned_at, c.language, k.user_id, k.email, k.name, k.language"
                        + " FROM customers c LEFT JOIN survey_contacts k ON k.customer_id = c.customer_id\n"
                        + joins + " WHERE " + condition + " ORDER BY c.customer_id, k.user_id")) {
            List<String> values = audience.where().isEmpty()
                    ? audience.customerIds()
                    : List.copyOf(audience.where().values());
            for (int i = 0; i < values.size(); i++) {
                query.setString(i + 1, values.get(i));
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    java.sql.Date churned = r.getDate(2);
                    candidates.add(new Candidate(
                            r.getString(1),
                            churned == null ? null : churned.toLocalDate(),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7)));
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        candidates.forEach(c -> found.add(c.customerId));
        for (String id : new LinkedHashSet<>(audience.customerIds())) {
            if (!found.contains(id)) {
                skipped.add(new Skipped(id, Optional.empty(), Skipped.Reason.UNKNOWN_CUSTOMER, "no such customer"));
            }
        }
        return candidates;
    }

    /** The latest invitation after {@code since} of every customer and user, keyed by {@link #throttleKey}. */
    private static Map<String, Instant> lastInvitedSince(Connection connection, Instant since, int throttleDays)
            throws SQLException {
        Map<String, Instant> last = new HashMap<>();
        if (throttleDays == 0) {
            return last;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT customer_id, user_id, max(sent_at)"
                + " FROM survey_invitations WHERE sent_at > ? GROUP BY customer_id, user_id")) {
            query.setObject(1, timestamp(since));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    last.put(throttleKey(r.getString(1), r.getString(2)), instant(r, 3));
                }
            }
        }
        return last;
    }

    private static void store(Connection connection, List<Invitation> invitations, Instant now) throws SQLException {
        try (PreparedStatement invitation = connection.prepareStatement(
                        "INSERT INTO survey_invitations (invitation_id, survey_id, customer_id, user_id, sent_at,"
                                + " channel) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO survey_links (invitation_id, expires_at, email, language, created_at)"
                                + " VALUES (?, ?, ?, ?, ?)")) {
            for (Invitation i : invitations) {
                invitation.setString(1, i.invitationId());
                invitation.setString(2, i.surveyId());
                invitation.setString(3, i.customerId());
                setOptional(invitation, 4, i.userId().orElse(null), Types.VARCHAR);
                invitation.setObject(5, timestamp(i.sentAt()));
                invitation.setString(6, i.delivery().channel());
                invitation.executeUpdate();
                link.setString(1, i.invitationId());
                link.setObject(2, timestamp(i.expiresAt()));
                setOptional(link, 3, i.email().orElse(null), Types.VARCHAR);
                link.setString(4, i.language().code());
                link.setObject(5, timestamp(now));
                link.executeUpdate();
            }
        }
    }

    private void withdraw(List<String> invitationIds) {
        if (invitationIds.isEmpty()) {
            return;
        }
        try (Connection connection = workspace.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement invitation =
                            connection.prepareStatement("DELETE FROM survey_invitations WHERE invitation_id = ?");
                    PreparedStatement link =
                            connection.prepareStatement("DELETE FROM survey_links WHERE invitation_id = ?")) {
                for (String id : invitationIds) {
                    invitation.setString(1, id);
                    invitation.executeUpdate();
                    link.setString(1, id);
                    link.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot withdraw the invitations whose email was not sent", e);
        }
    }

    // ---- answering ----

    /**
     * The survey behind a link, for its page; refused with the reason when the link is malformed, altered,
     * unknown, already answered or expired (in that order of precedence).
     */
    public OpenLink open(String token) {
        try (Connection connection = workspace.connect()) {
            LinkToken signed = verify(token, SigningKey.secret(connection, clock));
            LinkRow row = links(connection, List.of(signed.invitationId())).get(signed.invitationId());
            Optional<Survey> survey = row == null ? Optional.empty() : findUncounted(connection, row.surveyId());
            return LinkRow.open(row, signed, false, clock.instant(), survey);
        } catch (SQLException e) {
            throw failure("cannot read the survey link", e);
        }
    }

    /**
     * Stores the answer to a link: the score must be a whole number on the survey's scale. The response is
     * committed, and so durable, when this returns; it counts in the metrics at once. Of two answers to one
     * invitation, however close, exactly one is stored; the other is refused as already answered.
     *
     * @param language the language answered in; empty for the invitation's
     */
    public Answer answer(String token, BigDecimal score, Optional<String> comment, Optional<Language> language) {
        return answerAll(List.of(new AnswerRequest(token, score, comment, language)))
                .get(0)
                .answer();
    }

    /**
     * One answer to store.
     *
     * @param token the link's token
     * @param score the score given
     * @param comment the comment, if any
     * @param language the language answered in; empty for the invitation's
     */
    public record AnswerRequest(
            String token, BigDecimal score, Optional<String> comment, Optional<Language> language) {}

    /**
     * What became of one answer: stored, or refused with the reason ({@link SurveyLinkException}, {@link
     * InvalidAnswerException}, or {@link WorkspaceException} when the store failed).
     */
    public record AnswerOutcome(Answer stored, RuntimeException refusal) {

        /** The stored answer; the refusal, thrown, if it was refused. */
        public Answer answer() {
            if (refusal != null) {
                throw refusal;
            }
            return stored;
        }
    }

    /** The most answers stored in one transaction. */
    public static final int MAX_BATCH = 200;

    /**
     * Stores several answers in one transaction, one commit for all: each is checked as {@link #answer} checks
     * it, and refused on its own (a second answer to one invitation within the batch is refused as already
     * answered). If writing the batch fails, each answer is tried again in a transaction of its own, so that a
     * conflict with a writer elsewhere refuses only the answer it concerns.
     *
     * @return one outcome per request, in order
     */
    public List<AnswerOutcome> answerAll(List<AnswerRequest> requests) {
        if (requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " answers are stored at once");
        }
        AnswerOutcome[] outcomes = new AnswerOutcome[requests.size()];
        try (Connection connection = workspace.connect()) {
            connection.setAutoCommit(false);
            Map<Integer, Answer> accepted = new LinkedHashMap<>();
            try {
                byte[] secret = SigningKey.secret(connection, clock);
                Map<Integer, LinkToken> signed = new LinkedHashMap<>();
                for (int i = 0; i < requests.size(); i++) {
                    try {
                        checkComment(requests.get(i).comment());
                        signed.put(i, verify(requests.get(i).token(), secret));
                    } catch (SurveyLinkException | InvalidAnswerException refused) {
                        outcomes[i] = new AnswerOutcome(null, refused);
                    }
                }
                Map<String, LinkRow> rows = links(
                        connection,
                        signed.values().stream()
                                .map(LinkToken::invitationId)
                                .distinct()
                                .toList());
                Map<String, Optional<Survey>> surveys = new HashMap<>();
                Set<String> claimed = new java.util.HashSet<>();
                Instant now = clock.instant();
                for (Map.Entry<Integer, LinkToken> entry : signed.entrySet()) {
                    int i = entry.getKey();
                    AnswerRequest request = requests.get(i);
                    String invitation = entry.getValue().invitationId();
                    try {
                        LinkRow row = rows.get(invitation);
                        Optional<Survey> survey = row == null
                                ? Optional.empty()
                                : surveys.computeIfAbsent(row.surveyId(), id -> uncounted(connection, id));
                        OpenLink link = LinkRow.open(row, entry.getValue(), claimed.contains(invitation), now, survey);
                        accepted.put(i, answer(link, request, now));
                        claimed.add(invitation);
                    } catch (SurveyLinkException | InvalidAnswerException refused) {
                        outcomes[i] = new AnswerOutcome(null, refused);
                    }
                }
                if (!accepted.isEmpty()) {
                    store(connection, List.copyOf(accepted.values()));
                }
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (accepted.size() > 1) {
                    for (Map.Entry<Integer, Answer> one : accepted.entrySet()) {
                        outcomes[one.getKey()] =
                                answerAll(List.of(requests.get(one.getKey()))).get(0);
                    }
                    return List.of(outcomes);
                }
                // The only key written is the invitation's answer: a conflict on it, or on committing, means
                // another answer to the same invitation got there first.
                RuntimeException refusal = conflict(e)
                        ? new SurveyLinkException(LinkRejection.ALREADY_ANSWERED)
                        : failure("cannot store the answer", e);
                accepted.keySet().forEach(i -> outcomes[i] = new AnswerOutcome(null, refusal));
                return List.of(outcomes);
            } catch (RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
            accepted.forEach((i, answer) -> outcomes[i] = new AnswerOutcome(answer, null));
            return List.of(outcomes);
        } catch (SQLException e) {
            throw failure("cannot store the answer", e);
        }
    }

    private static void checkComment(Optional<String> comment) {
        Optional<String> text = comment.map(String::strip).filter(s -> !s.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_COMMENT_LENGTH) {
            throw new InvalidAnswerException("the comment is longer than " + MAX_COMMENT_LENGTH + " characters");
        }
    }

    private static Answer answer(OpenLink link, AnswerRequest request, Instant now) {
        Survey survey = link.survey();
        if (!survey.accepts(request.score())) {
            throw new InvalidAnswerException("score " + NewSurvey.plain(request.score()) + " is not a whole number on"
                    + " the scale " + survey.scale() + " of survey " + survey.id());
        }
        return new Answer(
                "resp-" + UUID.randomUUID(),
                survey.id(),
                link.invitationId(),
                link.customerId(),
                link.userId(),
                request.score(),
                request.comment().map(String::strip).filter(s -> !s.isEmpty()),
                request.language().orElse(link.language()),
                now);
    }

    /** Claims each answer's invitation and inserts the responses, each table in one statement. */
    private static void store(Connection connection, List<Answer> answers) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO survey_link_answers (invitation_id, response_id, answered_at) VALUES "
                        + rows(answers.size(), 3))) {
            int p = 1;
            for (Answer answer : answers) {
                claim.setString(p++, answer.invitationId());
                claim.setString(p++, answer.responseId());
                claim.setObject(p++, timestamp(answer.answeredAt()));
            }
            claim.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO survey_responses (response_id, survey_id, customer_id, user_id, invitation_id,"
                        + " answered_at, score, comment, language) VALUES " + rows(answers.size(), 9))) {
            int p = 1;
            for (Answer answer : answers) {
                insert.setString(p++, answer.responseId());
                insert.setString(p++, answer.surveyId());
                insert.setString(p++, answer.customerId());
                setOptional(insert, p++, answer.userId().orElse(null), Types.VARCHAR);
                insert.setString(p++, answer.invitationId());
                insert.setObject(p++, timestamp(answer.answeredAt()));
                insert.setBigDecimal(p++, answer.score());
                setOptional(insert, p++, answer.comment().orElse(null), Types.VARCHAR);
                insert.setString(p++, answer.language().code());
            }
            insert.executeUpdate();
        }
    }

    /** {@code (?, ?), (?, ?)} for a multi-row insert. */
    private static String rows(int count, int columns) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    private Optional<Survey> uncounted(Connection connection, String surveyId) {
        try {
            return findUncounted(connection, surveyId);
        } catch (SQLException e) {
            throw failure("cannot read survey " + surveyId, e);
        }
    }

    /** The token checked against the key: malformed or tampered links are refused before the store is read. */
    private static LinkToken verify(String token, byte[] secret) {
        LinkToken.Result verified = LinkToken.verify(token, secret);
        if (verified.rejection().isPresent()) {
            throw new SurveyLinkException(verified.rejection().get());
        }
        return verified.token().orElseThrow();
    }

    /** An invitation's link as stored: who was asked, in which language, until when, and whether it is answered. */
    private record LinkRow(
            String surveyId,
            String customerId,
            Optional<String> userId,
            Language language,
            Instant expires,
            boolean answered) {

        /** The link as it can be answered; refused as unknown, already answered or expired, in that order. */
        static OpenLink open(LinkRow row, LinkToken signed, boolean claimed, Instant now, Optional<Survey> survey) {
            if (row == null) {
                throw new SurveyLinkException(LinkRejection.UNKNOWN);
            }
            return row.open(signed, claimed, now, survey);
        }

        OpenLink open(LinkToken signed, boolean claimed, Instant now, Optional<Survey> survey) {
            if (answered || claimed) {
                throw new SurveyLinkException(LinkRejection.ALREADY_ANSWERED);
            }
            if (!now.isBefore(signed.expiresAt()) || !now.isBefore(expires)) {
                throw new SurveyLinkException(LinkRejection.EXPIRED);
            }
            return new OpenLink(
                    signed.invitationId(),
                    survey.orElseThrow(() -> new SurveyLinkException(LinkRejection.UNKNOWN)),
                    customerId,
                    userId,
                    language,
                    expires);
        }
    }

    /** The links of the invitations, by invitation id; an invitation without a link is left out. */
    private static Map<String, LinkRow> links(Connection connection, List<String> invitationIds) throws SQLException {
        Map<String, LinkRow> rows = new HashMap<>();
        if (invitationIds.isEmpty()) {
            return rows;
        }
        String ids = String.join(", ", java.util.Collections.nCopies(invitationIds.size(), "?"));
        // The invitations' ids are given to every table, not joined on, so that each is filtered as it is read.
        try (PreparedStatement query = connection.prepareStatement("SELECT l.invitation_id, i.survey_id,"
                + " i.customer_id, i.user_id, l.language, l.expires_at,"
                + " l.invitation_id IN (SELECT a.invitation_id FROM survey_link_answers a WHERE a.invitation_id IN ("
                + ids + "))"
                + " OR l.invitation_id IN (SELECT r.invitation_id FROM survey_responses r WHERE r.invitation_id IN ("
                + ids + "))"
                + " FROM survey_links l JOIN survey_invitations i ON i.invitation_id = l.invitation_id"
                + " WHERE l.invitation_id IN (" + ids + ") AND i.invitation_id IN (" + ids + ")")) {
            int p = 1;
            for (int copy = 0; copy < 4; copy++) {
                for (String id : invitationIds) {
                    query.setString(p++, id);
                }
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.put(
                            r.getString(1),
                            new LinkRow(
                                    r.getString(2),
                                    r.getString(3),
                                    Optional.ofNullable(r.getString(4)),
                                    Language.of(r.getString(5)),
                                    instant(r, 6),
                                    r.getBoolean(7)));
                }
            }
        }
        return rows;
    }

    private static boolean conflict(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("constraint") || message.contains("conflict") || message.contains("duplicate");
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; DuckDB drops what was not committed
        }
    }

    // ---- values ----

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void setOptional(PreparedStatement statement, int index, Object value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value);
        }
    }

    private static WorkspaceException failure(String what, SQLException e) {
        return new WorkspaceException(what + ": " + WorkspaceException.databaseCause(e.getMessage()), e);
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
