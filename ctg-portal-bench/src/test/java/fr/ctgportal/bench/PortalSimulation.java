package fr.ctgportal.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's benchmark (issue 17): browsers signed in through Keycloak's login form playing each
 * role's typical journey, at several levels of concurrency one after the other in the same run
 * ({@code bench.users}, default 1,10,50), each level for {@code bench.seconds}. Every request is
 * named {@code <role> <page>} inside the group {@code u<N>} of its level, so the report gives p50
 * and p95 per page and level. The floor is {@code /au-revoir.xhtml} (the smallest JSF page: the
 * public template and one paragraph), requested by every journey with its session.
 *
 * <p>Each virtual user signs in as the Caf manager ({@code direction.caf}), plays its journey, then
 * as an advisor ({@code conseil.nord}/{@code conseil.sud}), then as an authority's HR
 * ({@code rh.ales}/{@code rh.uzes}), and starts again until the level's time is up: at any level
 * every role is measured and N sessions are open at once. The journeys only read (no action is
 * recorded, so a run leaves the data as it found it and runs again on the same figures).
 *
 * <p>Every signed-in page must name, in its header, the login its session signed in with (no other
 * user's page). At the level of one user, when {@code bench.dbPort} is set, the simulation also reads
 * MariaDB's {@code Questions} counter around each page and writes the fewest statements seen per
 * page to {@code target/gatling/sql-<data set>.tsv}.
 */
public class PortalSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
    static final String DATA_SET = System.getProperty("bench.dataSet", "gard");
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int DB_PORT = Integer.getInteger("bench.dbPort", 0);
    static final String PASSWORD = System.getProperty("bench.password", "CtgDemo2026!");
    static final List<Integer> LEVELS = levels(System.getProperty("bench.users", "1,10,50"));
    static final String FLOOR = "/au-revoir.xhtml";
    static final boolean WARM_UP = Boolean.parseBoolean(System.getProperty("bench.warmUp", "true"));
    static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(?:.*?;\\s*[Pp]ath=([^;]*))?");

    /** Response times (ms) of the pages answered, by level and page ({@code "10\tmanager post"}). */
    static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();
    /** Requests of a page that failed (an error status, Keycloak's form instead of the page), by level and page. */
    static final Map<String, Long> FAILED = new ConcurrentHashMap<>();
    /** Fewest SQL statements seen per page at one user. */
    static final Map<String, Long> STATEMENTS = new ConcurrentHashMap<>();
    private static Connection counterDb;

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) ctg-portal-bench")
            .disableCaching();

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        if (WARM_UP) {
            // one pass over every page of the three roles, not counted: the JIT, the pools and the caches warm
            phases.add(scenario("warm-up").exec(group("warm-up").on(
                    signIn("/caf/index.xhtml", session -> "direction.caf"), exec(List.of(managerPages(0))),
                    signIn("/caf/index.xhtml", session -> "conseil.nord"), exec(List.of(advisorPages(0))),
                    signIn("/collectivite/index.xhtml", session -> "rh.ales"), exec(List.of(authorityPages(0)))))
                    .injectOpen(atOnceUsers(1)));
        }
        for (int users : LEVELS) {
            Duration share = Duration.ofSeconds(Math.max(1, SECONDS / 3));
            phases.add(scenario("u" + users).exec(group("u" + users).on(
                    signIn("/caf/index.xhtml", session -> "direction.caf"),
                    during(share).on(uniformRandomSwitch().on(List.of(managerPages(users)))),
                    signIn("/caf/index.xhtml", session -> session.userId() % 2 == 0 ? "conseil.nord" : "conseil.sud"),
                    during(share).on(uniformRandomSwitch().on(List.of(advisorPages(users)))),
                    signIn("/collectivite/index.xhtml", session -> session.userId() % 2 == 0 ? "rh.ales" : "rh.uzes"),
                    during(share).on(uniformRandomSwitch().on(List.of(authorityPages(users))))))
                    .injectOpen(atOnceUsers(users)));
        }
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /** Starts a new browser session: the page asked for, Keycloak's login form, then back to the page. */
    static ChainBuilder signIn(String page, java.util.function.Function<Session, String> login) {
        return exec(flushCookieJar())
                .exec(session -> session.remove("territoryHref").remove("postId").set("login", login.apply(session)))
                .exec(http("sign-in: page to login form").get(page)
                        .check(status().is(200))
                        .check(css("#kc-form-login", "action").transform(a -> a.replace("&amp;", "&"))
                                .saveAs("loginAction"))
                        .check(header("Set-Cookie").findAll().optional().saveAs("loginCookies")))
                // Keycloak marks its login cookies Secure; a browser keeps them on http://localhost, so does this one
                .foreach("#{loginCookies}", "setCookie").on(
                        exec(PortalSimulation::parseCookie)
                                .doIf(session -> session.contains("cookieName")).then(
                                        exec(addCookie(Cookie("#{cookieName}", "#{cookieValue}")
                                                .withDomain("localhost").withPath("#{cookiePath}")
                                                .withSecure(false)))))
                .exec(http("sign-in: login form posted").post("#{loginAction}")
                        .formParam("username", "#{login}")
                        .formParam("password", PASSWORD)
                        .formParam("credentialId", "")
                        .check(status().is(200))
                        .check(css("#kc-form-login").notExists())
                        // the page signed in to gives the first territory (Caf) or post (authority) to open
                        .check(css("a.territory-link", "href").optional().saveAs("territoryHref"))
                        .check(regex("poste\\.xhtml\\?id=(\\d+)").optional().saveAs("postId")))
                .doIf(session -> session.contains("territoryHref")).then(
                        exec(http("sign-in: a territory (its posts)").get("#{territoryHref}")
                                .check(regex("poste\\.xhtml\\?id=(\\d+)").saveAs("postId"))));
    }

    private static Session parseCookie(Session session) {
        Matcher m = COOKIE.matcher(session.getString("setCookie"));
        if (!m.find() || m.group(2).isEmpty()) {
            return session.remove("cookieName");
        }
        return session.set("cookieName", m.group(1)).set("cookieValue", m.group(2))
                .set("cookiePath", m.group(3) == null ? "/" : m.group(3).trim());
    }

    /**
     * The Caf manager's pages. The home page and a territory come first (they give the territory and
     * the post to open) and are also in the draw, with the floor.
     */
    static ChainBuilder[] managerPages(int users) {
        return new ChainBuilder[]{page("floor", FLOOR, users),
                page("manager home (territories)", "/caf/index.xhtml", users,
                        css("a.territory-link", "href").saveAs("territoryHref")),
                page("manager territory (posts)", "#{territoryHref}", users,
                        regex("poste\\.xhtml\\?id=(\\d+)").saveAs("postId")),
                page("manager post", "/caf/poste.xhtml?id=#{postId}", users),
                page("manager decisions (financements)", "/caf/financements.xhtml", users),
                page("manager reports", "/caf/rapports/index.xhtml", users),
                page("manager recruitments", "/caf/recrutements/index.xhtml", users),
                page("manager compliance plan", "/caf/plan.xhtml", users),
                page("manager network", "/caf/reseau.xhtml", users),
                page("manager steering", "/caf/pilotage.xhtml", users)};
    }

    static ChainBuilder[] advisorPages(int users) {
        return new ChainBuilder[]{page("floor", FLOOR, users),
                page("advisor home (territories)", "/caf/index.xhtml", users,
                        css("a.territory-link", "href").saveAs("territoryHref")),
                page("advisor territory (posts)", "#{territoryHref}", users,
                        regex("poste\\.xhtml\\?id=(\\d+)").saveAs("postId")),
                page("advisor post", "/caf/poste.xhtml?id=#{postId}", users),
                page("advisor decisions (financements)", "/caf/financements.xhtml", users),
                page("advisor reports", "/caf/rapports/index.xhtml", users),
                page("advisor recruitments", "/caf/recrutements/index.xhtml", users)};
    }

    static ChainBuilder[] authorityPages(int users) {
        return new ChainBuilder[]{page("floor", FLOOR, users),
                page("authority home (its posts)", "/collectivite/index.xhtml", users,
                        regex("poste\\.xhtml\\?id=(\\d+)").saveAs("postId")),
                page("authority post", "/collectivite/poste.xhtml?id=#{postId}", users),
                page("authority reports", "/collectivite/rapports/index.xhtml", users),
                page("authority milestones", "/collectivite/jalons.xhtml", users)};
    }

    /**
     * One page, checked as a signed-in page (200, not Keycloak's form); its response time kept for
     * the level's percentiles; at one user, its SQL statements counted.
     */
    static ChainBuilder page(String name, String path, int users, io.gatling.javaapi.core.CheckBuilder... extra) {
        var request = http(name).get(path)
                .check(status().is(200))
                .check(css("#kc-form-login").notExists())
                .check(responseTimeInMillis().saveAs("responseTime"));
        if (!path.equals(FLOOR)) {
            // the page is the signed-in user's: the header names the login it was signed in with
            request = request.check(css("#utilisateur", "title").is(session -> session.getString("login")));
        }
        for (var check : extra) {
            request = request.check(check);
        }
        String key = users + "\t" + name;
        ChainBuilder timed = exec(request).exec(session -> {
            if (users == 0) {
                return session.remove("responseTime").markAsSucceeded();
            }
            if (session.isFailed()) {
                // counted, then the session goes on as a browser would (the next page is measured again)
                FAILED.merge(key, 1L, Long::sum);
                return session.remove("responseTime").markAsSucceeded();
            }
            if (session.contains("responseTime")) {
                TIMES.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add((long) session.getInt("responseTime"));
            }
            return session.remove("responseTime");
        });
        if (users != 1 || DB_PORT == 0) { // the warm-up (0) is neither timed nor counted
            return timed;
        }
        return exec(session -> session.set("questions", questions()))
                .exec(timed)
                .exec(session -> {
                    long statements = questions() - session.getLong("questions") - 1; // minus the counter's own read
                    STATEMENTS.merge(name, statements, Math::min);
                    return session;
                });
    }

    /** MariaDB's count of statements received since it started (every client's). */
    static synchronized long questions() {
        try {
            if (counterDb == null || counterDb.isClosed()) {
                counterDb = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + DB_PORT + "/ctg", "ctg", "ctg");
            }
            try (Statement s = counterDb.createStatement();
                    ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
                r.next();
                return r.getLong(2);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Writes, in {@code bench.out} ({@code target/gatling}): {@code times-<data set>.tsv} (per level
     * and page: count, p50, p95, max in ms), {@code sql-<data set>.tsv} and {@code summary-<data set>.md}
     * (p50/p95 per page and level, p95 over the floor's p95 of the same level, statements at one user,
     * and, for the national data set, p95 national over Gard when a Gard run left its times).
     */
    @Override
    public void after() {
        try {
            Path out = Path.of(System.getProperty("bench.out", "target/gatling"));
            Files.createDirectories(out);
            Map<String, long[]> stats = new TreeMap<>();
            StringBuilder times = new StringBuilder("users\tpage\tcount\tp50\tp95\tmax\n");
            TIMES.forEach((key, list) -> {
                List<Long> sorted;
                synchronized (list) {
                    sorted = new ArrayList<>(list);
                }
                sorted.sort(null);
                stats.put(key, new long[]{sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                        sorted.get(sorted.size() - 1)});
            });
            stats.forEach((key, v) -> times.append(key).append('\t').append(v[0]).append('\t').append(v[1])
                    .append('\t').append(v[2]).append('\t').append(v[3]).append('\n'));
            Files.writeString(out.resolve("times-" + DATA_SET + ".tsv"), times, StandardCharsets.UTF_8);
            StringBuilder sql = new StringBuilder("page\tstatements\n");
            new TreeMap<>(STATEMENTS).forEach((page, n) -> sql.append(page).append('\t').append(n).append('\n'));
            if (!STATEMENTS.isEmpty()) {
                Files.writeString(out.resolve("sql-" + DATA_SET + ".tsv"), sql, StandardCharsets.UTF_8);
            }
            Map<String, long[]> gard = DATA_SET.equals("gard") ? Map.of() : read(out.resolve("times-gard.tsv"));
            Files.writeString(out.resolve("summary-" + DATA_SET + ".md"), summary(stats, gard),
                    StandardCharsets.UTF_8);
            if (counterDb != null) {
                counterDb.close();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("Benchmark summary not written: " + e);
        }
    }

    private static String summary(Map<String, long[]> stats, Map<String, long[]> gard) {
        List<String> pages = new ArrayList<>();
        java.util.stream.Stream.concat(stats.keySet().stream(), FAILED.keySet().stream()).forEach(key -> {
            String page = key.substring(key.indexOf('\t') + 1);
            if (!pages.contains(page)) {
                pages.add(page);
            }
        });
        pages.sort(java.util.Comparator.comparing((String p) -> p.equals("floor") ? "" : p));
        StringBuilder md = new StringBuilder();
        md.append("Data set `").append(DATA_SET).append("`, ").append(SECONDS).append(" s per level, levels ")
                .append(LEVELS)
                .append(". Times in ms (p50 / p95, answered requests only); ÷floor = p95 over the p95 of `")
                .append(FLOOR).append("` at the same level");
        if (!gard.isEmpty()) {
            md.append("; ×Gard = p95 here over p95 in the last Gard run at the same level");
        }
        md.append(".\n\n| page | SQL (1 user) |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (int users : LEVELS) {
            md.append(" ").append(users).append(" u: n | failed | p50 | p95 | ÷floor |");
            rule.append("---:|---:|---:|---:|---:|");
            if (!gard.isEmpty()) {
                md.append(" ×Gard |");
                rule.append("---:|");
            }
        }
        md.append("\n").append(rule).append("\n");
        for (String page : pages) {
            Long statements = STATEMENTS.get(page);
            md.append("| ").append(page).append(" | ").append(statements == null ? "" : statements).append(" |");
            for (int users : LEVELS) {
                long[] v = stats.get(users + "\t" + page);
                long[] floor = stats.get(users + "\tfloor");
                long failed = FAILED.getOrDefault(users + "\t" + page, 0L);
                if (v == null) {
                    md.append(" | ").append(failed).append(" | | | |").append(gard.isEmpty() ? "" : " |");
                    continue;
                }
                md.append(' ').append(v[0]).append(" | ").append(failed).append(" | ").append(v[1]).append(" | ")
                        .append(v[2]).append(" | ")
                        .append(floor == null
                                ? ""
                                : String.format(java.util.Locale.ROOT, "%.1f",
                                        (double) v[2] / Math.max(1, floor[2])))
                        .append(" |");
                if (!gard.isEmpty()) {
                    long[] g = gard.get(users + "\t" + page);
                    md.append(' ').append(g == null
                            ? ""
                            : String.format(java.util.Locale.ROOT, "%.1f",
                                    (double) v[2] / Math.max(1, g[2])))
                            .append(" |");
                }
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static Map<String, long[]> read(Path tsv) throws IOException {
        Map<String, long[]> map = new TreeMap<>();
        if (!Files.exists(tsv)) {
            return map;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(tsv, StandardCharsets.UTF_8).size())) {
            String[] f = line.split("\t");
            map.put(f[0] + "\t" + f[1], new long[]{Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), Long.parseLong(f[5])});
        }
        return map;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static List<Integer> levels(String users) {
        List<Integer> list = new ArrayList<>();
        for (String n : users.split(",")) {
            list.add(Integer.parseInt(n.trim()));
        }
        return list;
    }
}
