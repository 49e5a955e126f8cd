package org.kizuna.web.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kizuna.cli.DemoWorkspace;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.Role;
import org.kizuna.store.customer.CustomerDirectory;
import org.kizuna.store.survey.Audience;
import org.kizuna.store.survey.Invitation;
import org.kizuna.store.survey.InvitationRequest;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyType;
import org.kizuna.web.KizunaWebApplication;
import org.kizuna.web.account.Credentials;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the web server under load, in this process: survey answers posted at a fixed rate to signed links,
 * counted afterwards in the store, and signed-in users reading the dashboard; each beside a baseline of the
 * same load in the same run ({@code /health}; one user alone), and printed as Markdown tables.
 */
@Command(
        name = "bench-web",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the web server: survey answers at a fixed rate, and signed-in users reading the dashboard,"
                    + " each against a baseline measured in the same run.",
            "Scales: S = 10,000 customers, M = 100,000, L = 1,000,000.",
            "The bench adds a survey, its invitations and answers, and the account " + WebBenchCommand.ACCOUNT
                    + " to the workspace: with --workspace, use a copy of one you care about."
        })
public final class WebBenchCommand implements Callable<Integer> {

    /** The account the bench's users sign in as (an analyst, given a new password each run). */
    static final String ACCOUNT = "kizuna-bench";

    /** The pages each dashboard user cycles through: the overview, metric pages with a breakdown, the API. */
    static final List<String> PAGES = List.of(
            "/", "/metrics/nps?by=plan", "/metrics/churn_rate?by=plan", "/metrics/mrr?by=region", "/api/v1/metrics");

    private static final double GOAL_P95_MILLIS = 300;

    enum Scale {
        S(10_000),
        M(100_000),
        L(1_000_000);

        final int customers;

        Scale(int customers) {
            this.customers = customers;
        }
    }

    @Option(names = "--scale", defaultValue = "M", description = "S, M or L (default: ${DEFAULT-VALUE})")
    Scale scale;

    @Option(names = "--customers", paramLabel = "N", description = "customers instead of the scale's (for a quick run)")
    Integer customers;

    @Option(
            names = "--dir",
            description = "work folder (default: a temporary folder, removed afterwards); a workspace generated"
                    + " there before is used again")
    Path dir;

    @Option(
            names = "--workspace",
            paramLabel = "W",
            description = "use this existing workspace instead of generating one")
    Path existing;

    @Option(
            names = "--rate",
            defaultValue = "200",
            description = "survey answers per second (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(
            names = "--duration",
            defaultValue = "60",
            paramLabel = "SECONDS",
            description = "how long each load runs (default: ${DEFAULT-VALUE})")
    double duration;

    @Option(
            names = "--users",
            defaultValue = "50",
            description = "signed-in dashboard users at once (default: ${DEFAULT-VALUE})")
    int users;

    @Option(
            names = "--think",
            defaultValue = "0",
            paramLabel = "MS",
            description = "each dashboard user's pause after a page before the next, in milliseconds (default:"
                    + " ${DEFAULT-VALUE}, no pause)")
    long thinkMillis;

    @Override
    public Integer call() throws IOException {
        if (rate <= 0 || duration <= 0 || users < 1 || thinkMillis < 0) {
            throw new IllegalArgumentException(
                    "--rate and --duration must be above 0, --users at least 1 and --think at least 0");
        }
        Path work = dir == null ? Files.createTempDirectory("kizuna-bench-web") : Files.createDirectories(dir);
        try {
            return run(work);
        } finally {
            if (dir == null) {
                delete(work);
            }
        }
    }

    private int run(Path work) {
        Path folder;
        String heading;
        if (existing != null) {
            if (!Workspace.exists(existing)) {
                throw new IllegalArgumentException("there is no workspace at " + existing);
            }
            folder = existing;
            heading = "Workspace " + existing.getFileName();
        } else {
            int size = customers == null ? scale.customers : customers;
            if (size < 1) {
                throw new IllegalArgumentException("--customers must be at least 1, not " + size);
            }
            folder = work.resolve("workspace");
            heading = String.format(Locale.ROOT, "Scale %s: %,d customers", customers == null ? scale : "custom", size);
            prepare(folder, size);
        }
        Workspace workspace = Workspace.open(folder);
        List<String> customerIds = new CustomerDirectory(workspace).ids();
        String password = Credentials.randomPassword();
        signInAccount(workspace, password);
        heading += String.format(
                Locale.ROOT,
                "; %d cores, Java %s, heap at most %,d MiB; server and load in one process",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        // Nothing computed ahead in the background: the first visit is measured with nothing remembered.
        ConfigurableApplicationContext server =
                KizunaWebApplication.start(folder, "127.0.0.1", 0, Map.of("kizuna.warm.every", "0"));
        try {
            String base = "http://127.0.0.1" + ":" + server.getEnvironment().getRequiredProperty("local.server.port");
            AnswerFigures answers = answers(workspace, base, customerIds);
            PageFigures pages = pages(base, password);
            System.out.println();
            System.out.println(heading);
            System.out.println();
            System.out.print(BenchReport.answers(answers, rate, duration));
            System.out.println();
            System.out.print(BenchReport.pages(pages, users, duration, thinkMillis, GOAL_P95_MILLIS));
            if (answers.lost() > 0) {
                System.err.printf(
                        Locale.ROOT, "kizuna: %,d acknowledged answers are not in the store%n", answers.lost());
                return 1;
            }
            return 0;
        } finally {
            server.close();
        }
    }

    /** The survey answers and their baseline. */
    record AnswerFigures(OpenLoad.Result answers, OpenLoad.Result health, long stored, int invited, String surveyId) {

        /** Answers acknowledged but not in the store. */
        long lost() {
            return Math.max(0, answers.outcomes().acknowledged() - stored);
        }
    }

    private AnswerFigures answers(Workspace workspace, String base, List<String> customerIds) {
        int count = (int) Math.round(rate * duration);
        SurveyCollection surveys = new SurveyCollection(workspace);
        Survey survey = surveys.create(NewSurvey.of(
                Optional.empty(),
                SurveyType.NPS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("web-bench"),
                Optional.empty(),
                Optional.empty()));
        List<Invitation> links = invite(surveys, survey.id(), customerIds, count, base);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        System.out.printf(Locale.ROOT, "Baseline: GET /health, %,d requests at %s/s …%n", count, plain(rate));
        OpenLoad.Result health = OpenLoad.run(
                client,
                count,
                rate,
                i -> SignedInUser.request(base + "/health").GET().build());
        System.out.printf(Locale.ROOT, "Survey answers: POST /s/{token}, %,d requests at %s/s …%n", count, plain(rate));
        OpenLoad.Result answered = OpenLoad.run(client, count, rate, i -> answer(links.get(i), i));
        long stored = surveys.find(survey.id()).orElseThrow().responses();
        return new AnswerFigures(answered, health, stored, links.size(), survey.id());
    }

    /**
     * Invites customers to the survey until there are {@code count} links, a random share of the customers at a
     * time (churned customers and those invited lately are skipped by the store): one link per answer.
     */
    private static List<Invitation> invite(
            SurveyCollection surveys, String surveyId, List<String> customerIds, int count, String base) {
        List<String> shuffled = new ArrayList<>(customerIds);
        Collections.shuffle(shuffled);
        List<Invitation> links = new ArrayList<>();
        int next = 0;
        while (links.size() < count && next < shuffled.size()) {
            int take = Math.min(Math.max(2 * (count - links.size()), 100), 5_000);
            List<String> chunk = shuffled.subList(next, Math.min(next + take, shuffled.size()));
            next += chunk.size();
            links.addAll(surveys.invite(new InvitationRequest(
                            surveyId,
                            Audience.customers(chunk),
                            InvitationRequest.DEFAULT_EXPIRES_DAYS,
                            Optional.of(base),
                            false))
                    .invited());
        }
        if (links.size() < count) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "only %,d of the %,d customers can be invited now (the others churned or were invited lately),"
                            + " fewer than the %,d answers to send: lower --rate or --duration, or use a new workspace",
                    links.size(),
                    customerIds.size(),
                    count));
        }
        return links.subList(0, count);
    }

    /** The answer form of the survey page: a score on the NPS scale and a comment, no CSRF token. */
    private static HttpRequest answer(Invitation link, int i) {
        String form = "score=" + (i % 11) + "&comment="
                + URLEncoder.encode("ベンチマークの回答 " + i + " / bench answer", StandardCharsets.UTF_8);
        return SignedInUser.request(link.link())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    /** The dashboard pages under load, with their baselines. */
    record PageFigures(
            List<Double> firstVisitMillis,
            ClosedLoad.Result alone,
            ClosedLoad.Result together,
            ClosedLoad.Result health) {}

    private PageFigures pages(String base, String password) {
        SignedInUser first = SignedInUser.signIn(base, ACCOUNT, password);
        System.out.println("Dashboard: the first visit of each page …");
        List<Double> firstVisit = new ArrayList<>();
        for (String page : PAGES) {
            long started = System.nanoTime();
            HttpResponse<String> response = first.get(page);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the first visit of " + page + " answered HTTP " + response.statusCode()
                        + ": " + Outcomes.plainText(response.body()));
            }
            firstVisit.add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf(Locale.ROOT, "Baseline: one user alone for %s s …%n", plain(duration));
        ClosedLoad.Result alone = ClosedLoad.run(List.of(first), PAGES, duration);
        List<SignedInUser> signedIn = new ArrayList<>(List.of(first));
        while (signedIn.size() < users) {
            signedIn.add(SignedInUser.signIn(base, ACCOUNT, password));
        }
        System.out.printf(
                Locale.ROOT, "Dashboard: %d users for %s s, pausing %d ms …%n", users, plain(duration), thinkMillis);
        ClosedLoad.Result together = ClosedLoad.run(signedIn, PAGES, duration, thinkMillis);
        System.out.printf(Locale.ROOT, "Baseline: GET /health, %d users for %s s …%n", users, plain(duration));
        ClosedLoad.Result health = ClosedLoad.run(signedIn, List.of("/health"), duration, thinkMillis);
        return new PageFigures(firstVisit, alone, together, health);
    }

    /** The demo company generated and imported as the demo commands do it, or the one already there. */
    private static void prepare(Path folder, int size) {
        CommandLine.populateCommand(
                        new DemoWorkspace(),
                        "--workspace",
                        folder.toString(),
                        "--customers",
                        Integer.toString(size),
                        "--lang",
                        "en")
                .prepare();
    }

    /** The account the users sign in as: an analyst, so that metric pages show their rows too. */
    private static void signInAccount(Workspace workspace, String password) {
        AccountStore accounts = new AccountStore(workspace);
        if (accounts.find(ACCOUNT).isPresent()) {
            accounts.setPasswordHash(ACCOUNT, Credentials.PASSWORDS.encode(password));
        } else {
            Credentials.addAccount(accounts, ACCOUNT, password, Role.ANALYST);
        }
    }

    static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
