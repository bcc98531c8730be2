package fr.ctgportal.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import fr.ctgportal.model.territory.Intercommunalities;
import fr.ctgportal.model.territory.Intercommunality;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's national data set (issue 17): every French intercommunality of
 * {@code france-epci-2026.csv} (1,255, as the model bundles it: {@link Intercommunalities}) as a territory with its lead authority, 100 Caf advisors'
 * portfolios, ~8,100 posts spread by population, and five years (2022-2026) of agreed weighings,
 * funding decisions, annual activity reports with their answers and evaluations, and network
 * meetings. Territories and authorities carry the real SIREN, name and population; everything
 * else is INVENTED, drawn from one fixed seed, so two loads give the same rows.
 *
 * <p>Loaded into an empty database: the schema first (Flyway, the portal's own migrations, without
 * the demo data), then the rows. The demo accounts of the realm find their counterparts:
 * {@code direction.caf} sees everything, {@code conseil.nord} and {@code conseil.sud} hold the
 * portfolios of Alès and Uzès, {@code rh.ales}/{@code rh.uzes} are the HR of their real SIREN, so the
 * benchmark signs in with the demo realm unchanged.
 */
public final class NationalDataSet {

    /** Posts in the country, as measured in issue 17. */
    static final int POSTS = 8096;
    static final int ADVISORS = 100;
    static final long SEED = 17L;
    /** The current pilotage bonus for one cooperation FTE in the demo data (€). */
    static final BigDecimal FUNDING_PER_FTE = new BigDecimal("24322.45");
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2026;
    static final String ALES = "200066918";
    static final String UZES = "200034379";

    private static final String[] FIRST = {"Claire", "Julien", "Nadia", "Thomas", "Camille", "Mehdi", "Lucie",
            "Antoine", "Sarah", "Romain", "Élodie", "Karim", "Manon", "Olivier", "Inès", "Pierre", "Laura", "Yanis",
            "Hélène", "Bruno"};
    private static final String[] LAST = {"Martin", "Roux", "Fabre", "Garcia", "Durand", "Benali", "Chabert", "Vidal",
            "Pons", "Lopez", "Meyer", "Girard", "Blanc", "Rey", "Mercier", "Nguyen", "Boyer", "Arnaud", "Perrin",
            "Castel"};
    private static final String[] INDICATORS = {"1.1-S1", "1.1-S2", "1.1-E1", "1.2-S1", "1.2-S2", "1.2-E1", "2.1-S1",
            "2.1-S2", "2.1-E1", "2.2-S1", "2.2-E1", "3.1-S1", "3.1-E1", "3.2-S1", "3.2-S2", "3.2-E1", "4.1-S1",
            "4.1-E1",
            "4.2-S1", "4.2-E1"};
    private static final Set<String> TEXT_ONLY = Set.of("3.2-E1", "4.2-E1");
    private static final Set<String> COUNT_ONLY = Set.of("1.1-S1", "2.1-S1", "2.1-S2");
    private static final String[] FUNCTIONS = {"1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"};

    record Territory(int id, Intercommunality epci, LocalDate ctgStart, LocalDate ctgRenewal) {
    }

    record Post(int id, Territory territory, BigDecimal fte, BigDecimal share, BigDecimal cost, boolean filled,
            String officer, boolean lead) {
    }

    private final Random random = new Random(SEED);
    private final Connection db;
    private final Path home;

    private NationalDataSet(Connection db, Path home) {
        this.db = db;
        this.home = home;
    }

    /**
     * Creates the schema and loads the data set. Arguments: the JDBC URL, user and password of an
     * empty database; the checkout's root ({@code ctg.home}) gives the migrations.
     *
     * @throws IllegalStateException if the database already has posts (it is never loaded twice)
     */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("ctg.home", ".")).toAbsolutePath().normalize();
        load(args[0], args[1], args[2], home);
    }

    /** Migrates and loads {@code url}; returns the number of posts. See {@link #main(String[])}. */
    public static int load(String url, String user, String password, Path home) throws SQLException {
        Flyway.configure(NationalDataSet.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("filesystem:" + home.resolve("ctg-portal-ejb/src/main/resources/db/migration"))
                .load()
                .migrate();
        String batched = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        try (Connection db = DriverManager.getConnection(batched, user, password)) {
            try (var count = db.createStatement().executeQuery("SELECT COUNT(*) FROM cooperation_post")) {
                count.next();
                if (count.getInt(1) > 0) {
                    throw new IllegalStateException("La base " + url + " a déjà des postes : rien n'est chargé.");
                }
            }
            db.setAutoCommit(false);
            NationalDataSet set = new NationalDataSet(db, home);
            int posts = set.write();
            db.commit();
            return posts;
        }
    }

    private int write() throws SQLException {
        List<Intercommunality> epcis = Intercommunalities.all();
        exec("SET FOREIGN_KEY_CHECKS = 0");
        List<Territory> territories = territories(epcis);
        portfolios(territories);
        List<Post> posts = posts(territories);
        weighingsAndDecisions(posts);
        reports(posts);
        networkMeetings(posts);
        people();
        exec("SET FOREIGN_KEY_CHECKS = 1");
        regulation();
        log(posts.size() + " postes, " + territories.size() + " territoires chargés.");
        return posts.size();
    }

    // ----------------------------------------------------------------------------- territories

    private List<Territory> territories(List<Intercommunality> epcis) throws SQLException {
        List<Territory> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (PreparedStatement t = db.prepareStatement("INSERT INTO territory (id, name, population, area_km2, "
                + "family_service_structures, ctg_start, ctg_end, ctg_renewal, phase3_deadline, lead_authority_id, "
                + "siren, communal_posts_allowed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement a = db.prepareStatement("INSERT INTO authority (id, siren, name, type, "
                        + "territory_id, ctg_signatory, hr_email) VALUES (?,?,?,?,?,TRUE,?)")) {
            int id = 0;
            for (Intercommunality e : epcis) {
                id++;
                String name = names.add(e.name()) ? e.name() : e.name() + " (" + e.departmentCode() + ")";
                int startYear = 2021 + random.nextInt(5); // Ctg signed from 2021 to 2025, for four years
                LocalDate start = LocalDate.of(startYear, 1, 1);
                LocalDate renewal = start.plusYears(4);
                // invented: a density of 20 to 320 inhabitants per km²
                BigDecimal area = BigDecimal.valueOf(e.population())
                        .divide(BigDecimal.valueOf(20 + random.nextInt(300)), 2, RoundingMode.HALF_UP)
                        .max(new BigDecimal("5.00"));
                t.setInt(1, id);
                t.setString(2, name);
                t.setInt(3, e.population());
                t.setBigDecimal(4, area);
                t.setInt(5, Math.max(3, e.population() / 2500));
                t.setDate(6, Date.valueOf(start));
                t.setDate(7, Date.valueOf(renewal.minusDays(1)));
                t.setDate(8, Date.valueOf(renewal));
                t.setDate(9, Date.valueOf(renewal.plusYears(4).minusDays(1)));
                t.setInt(10, id);
                t.setString(11, e.siren());
                t.setBoolean(12, false);
                t.addBatch();
                a.setInt(1, id);
                a.setString(2, e.siren());
                a.setString(3, name);
                a.setString(4, "CC".equals(e.kind()) ? "COMMUNES_COMMUNITY" : "AGGLOMERATION_COMMUNITY");
                a.setInt(5, id);
                a.setString(6, hrMailbox(e.siren()) + "@bench.ctg-portal.invalid");
                a.addBatch();
                list.add(new Territory(id, e, start, renewal));
            }
            t.executeBatch();
            a.executeBatch();
        }
        return list;
    }

    private static String hrMailbox(String siren) {
        return switch (siren) {
            case ALES -> "rh.ales";
            case UZES -> "rh.uzes";
            default -> "rh." + siren;
        };
    }

    /**
     * 100 advisors, each the territories of one run of the list sorted by département and name
     * (~13 each); {@code conseil.nord} holds Alès's run and {@code conseil.sud} Uzès's.
     */
    private void portfolios(List<Territory> territories) throws SQLException {
        List<Territory> sorted = new ArrayList<>(territories);
        sorted.sort(Comparator.comparing((Territory t) -> t.epci().departmentCode())
                .thenComparing(t -> t.epci().name()));
        int[] advisorOf = new int[territories.size() + 1];
        for (int i = 0; i < sorted.size(); i++) {
            advisorOf[sorted.get(i).id()] = 1 + i * ADVISORS / sorted.size();
        }
        int north = advisorOf[idOf(territories, ALES)];
        int south = advisorOf[idOf(territories, UZES)];
        if (south == north) {
            // both in one run: Uzès's advisor is the next one, who takes Uzès alone from the run
            south = north % ADVISORS + 1;
            advisorOf[idOf(territories, UZES)] = south;
        }
        try (PreparedStatement a = db.prepareStatement(
                "INSERT INTO caf_advisor (id, username, display_name, email) VALUES (?,?,?,?)");
                PreparedStatement p = db.prepareStatement(
                        "INSERT INTO advisor_territory (advisor_id, territory_id) VALUES (?,?)")) {
            for (int n = 1; n <= ADVISORS; n++) {
                String login = n == north ? "conseil.nord" : n == south ? "conseil.sud" : "conseil." + n;
                a.setInt(1, n);
                a.setString(2, login);
                a.setString(3, n == north
                        ? "Camille Fabre – fictive"
                        : n == south ? "Nicolas Chabert – fictif" : person() + " – conseil " + n);
                a.setString(4, login + "@bench.ctg-portal.invalid");
                a.addBatch();
            }
            for (Territory t : territories) {
                p.setInt(1, advisorOf[t.id()]);
                p.setInt(2, t.id());
                p.addBatch();
            }
            a.executeBatch();
            p.executeBatch();
        }
    }

    private static int idOf(List<Territory> territories, String siren) {
        return territories.stream().filter(t -> t.epci().siren().equals(siren)).findFirst().orElseThrow().id();
    }

    // ----------------------------------------------------------------------------------- posts

    /** {@link #POSTS} posts by population (largest remainders), at least one per territory. */
    private List<Post> posts(List<Territory> territories) throws SQLException {
        int[] count = postsPerTerritory(territories.stream().mapToInt(t -> t.epci().population()).toArray(), POSTS);
        List<Post> posts = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("INSERT INTO cooperation_post (id, territory_id, employer_id, "
                + "title, holder_name, employment_fte, cooperation_share, annual_cost, origin, status, qualification, "
                + "employer_kind, cofinancing_share, administrative_assistant, director_function, service_funded, "
                + "vacant_since, current_funding, officer_username, ctg_lead, vacancy_cause, evaluations_set_up_on) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,'SIGNATORY_AUTHORITY',?,?,?,FALSE,?,?,?,?,?,?)")) {
            int id = 0;
            for (int i = 0; i < count.length; i++) {
                Territory t = territories.get(i);
                for (int n = 0; n < count[i]; n++) {
                    id++;
                    boolean lead = n == 0;
                    int kind = random.nextInt(10); // 0: assistant, 1-2: director, else officer
                    boolean assistant = kind == 0;
                    boolean director = kind == 1 || kind == 2;
                    String title = assistant
                            ? "Assistant·e administratif·ve, coopération CTG"
                            : director
                                    ? "Directeur·rice de service et chargé·e de coopération CTG"
                                    : "Chargé·e de coopération CTG";
                    boolean filled = random.nextInt(100) >= 7;
                    BigDecimal fte = random.nextInt(4) == 0 ? new BigDecimal("0.80") : new BigDecimal("1.00");
                    BigDecimal share = director
                            ? new BigDecimal(random.nextBoolean() ? "0.5000" : "0.2000")
                            : random.nextInt(5) == 0 ? new BigDecimal("0.5000") : new BigDecimal("1.0000");
                    BigDecimal cost = BigDecimal.valueOf(35 + random.nextInt(24) * 1000L).multiply(fte)
                            .setScale(2, RoundingMode.HALF_UP);
                    String officer = !filled
                            ? null
                            : lead && t.epci().siren().equals(ALES)
                                    ? "coop.ales"
                                    : lead && t.epci().siren().equals(UZES) ? "coop.uzes" : "coop." + id;
                    p.setInt(1, id);
                    p.setInt(2, t.id());
                    p.setInt(3, t.id());
                    p.setString(4, title);
                    p.setString(5, filled ? person() + " (fictif)" : null);
                    p.setBigDecimal(6, fte);
                    p.setBigDecimal(7, share);
                    p.setBigDecimal(8, cost);
                    p.setString(9, random.nextInt(4) == 0 ? "DEVELOPMENT" : "EXISTING");
                    p.setString(10, filled ? "FILLED" : "VACANT");
                    p.setString(11, assistant ? "BELOW_BAC2" : random.nextInt(6) == 0 ? "BAC2" : "BAC3_OR_ABOVE");
                    p.setBigDecimal(12, new BigDecimal(random.nextBoolean() ? "0.5000" : "0.4500"));
                    p.setBoolean(13, assistant);
                    p.setBoolean(14, director);
                    p.setDate(15, filled ? null : Date.valueOf(LocalDate.of(2026, 1 + random.nextInt(10), 1)));
                    p.setBigDecimal(16, funding(fte, share));
                    p.setString(17, officer);
                    p.setBoolean(18, lead && filled);
                    p.setString(19, filled ? null : "DEPARTURE");
                    p.setDate(20, random.nextInt(3) == 0 ? Date.valueOf(LocalDate.of(2025, 3, 1)) : null);
                    p.addBatch();
                    posts.add(new Post(id, t, fte, share, cost, filled, officer, lead && filled));
                    if (id % 1000 == 0) {
                        p.executeBatch();
                    }
                }
            }
            p.executeBatch();
        }
        return posts;
    }

    /**
     * {@code total} posts shared by population: one per territory, the rest in proportion, the
     * largest remainders rounded up, so the counts add up to {@code total} exactly.
     */
    static int[] postsPerTerritory(int[] populations, int total) {
        long population = 0;
        for (int p : populations) {
            population += p;
        }
        int[] count = new int[populations.length];
        double[] remainder = new double[populations.length];
        int given = 0;
        for (int i = 0; i < count.length; i++) {
            double exact = (double) populations[i] * (total - populations.length) / population;
            count[i] = 1 + (int) exact;
            remainder[i] = exact - (int) exact;
            given += count[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainder[i]));
        for (int k = 0; given < total; k++, given++) {
            count[order.get(k % order.size())]++;
        }
        return count;
    }

    private static BigDecimal funding(BigDecimal fte, BigDecimal share) {
        return FUNDING_PER_FTE.multiply(fte).multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    // ----------------------------------------------------------------------- weighings, decisions

    /**
     * Per post: weighing n° 1 agreed when the Ctg (or 2022) began, its authority's proposal accepted
     * by the Caf; a fifth of the posts a second one agreed in 2024 (the first SUPERSEDED); 3 % one
     * under negotiation. One decision per post and year from 2022: approved, except the current
     * year's, of which a fifth is prepared and 2 % returned.
     */
    private void weighingsAndDecisions(List<Post> posts) throws SQLException {
        try (PreparedStatement w = db.prepareStatement("INSERT INTO weighing (id, post_id, number, status, awaiting, "
                + "authority_signed_by, authority_signed_at, caf_signed_by, caf_signed_at) VALUES (?,?,?,?,?,?,?,?,?)");
                PreparedStatement pr = db.prepareStatement("INSERT INTO weighing_proposal (id, weighing_id, number, "
                        + "side, comment_text, proposed_by, proposed_at) VALUES (?,?,?,?,?,?,?)");
                PreparedStatement l = db.prepareStatement("INSERT INTO weighing_line (proposal_id, position, "
                        + "time_use, label, fte) VALUES (?,?,?,NULL,?)");
                PreparedStatement d = db.prepareStatement("INSERT INTO funding_decision (post_id, funding_year, "
                        + "weighing_id, status, funded, caf_funding, eligible_cost, cooperation_fte, annual_cost, phase, "
                        + "evaluated_on, prepared_by, prepared_at, decided_by, decided_at, return_reason) "
                        + "VALUES (?,?,?,?,TRUE,?,?,?,?,?,?,?,?,?,?,?)")) {
            int weighingId = 0;
            int proposalId = 0;
            int rows = 0;
            for (Post post : posts) {
                int agreedYear = Math.max(FIRST_YEAR, post.territory().ctgStart().getYear());
                agreedYear = Math.min(agreedYear, LAST_YEAR);
                boolean second = random.nextInt(5) == 0 && agreedYear < 2024;
                int firstWeighing = ++weighingId;
                proposalId = weighing(w, pr, l, firstWeighing, proposalId, post, 1,
                        second ? "SUPERSEDED" : "AGREED", LocalDate.of(agreedYear, 1, 15));
                int secondWeighing = 0;
                if (second) {
                    secondWeighing = ++weighingId;
                    proposalId = weighing(w, pr, l, secondWeighing, proposalId, post, 2, "AGREED",
                            LocalDate.of(2024, 1, 15));
                }
                if (random.nextInt(100) < 3) {
                    proposalId = weighing(w, pr, l, ++weighingId, proposalId, post, second ? 3 : 2, "NEGOTIATING",
                            LocalDate.of(2026, 10, 1));
                }
                for (int year = agreedYear; year <= LAST_YEAR; year++) {
                    int weighing = second && year >= 2024 ? secondWeighing : firstWeighing;
                    String status = "APPROVED";
                    if (year == LAST_YEAR) {
                        int draw = random.nextInt(100);
                        status = draw < 2 ? "RETURNED" : draw < 22 ? "PREPARED" : "APPROVED";
                    }
                    LocalDateTime prepared = LocalDateTime.of(year, 2, 1 + random.nextInt(27), 10, 0);
                    d.setInt(1, post.id());
                    d.setInt(2, year);
                    d.setInt(3, weighing);
                    d.setString(4, status);
                    d.setBigDecimal(5, funding(post.fte(), post.share()));
                    d.setBigDecimal(6, post.cost().multiply(post.share()).setScale(2, RoundingMode.HALF_UP));
                    d.setBigDecimal(7, post.fte().multiply(post.share()).setScale(4, RoundingMode.HALF_UP));
                    d.setBigDecimal(8, post.cost());
                    d.setString(9, year < post.territory().ctgRenewal().getYear() ? "PHASE_1" : "PHASE_2");
                    d.setDate(10, Date.valueOf(prepared.toLocalDate()));
                    d.setString(11, advisorLogin(post));
                    d.setTimestamp(12, Timestamp.valueOf(prepared));
                    boolean decided = !"PREPARED".equals(status);
                    d.setString(13, decided ? "direction.caf" : null);
                    d.setTimestamp(14, decided ? Timestamp.valueOf(prepared.plusDays(6)) : null);
                    d.setString(15, "RETURNED".equals(status) ? "Pesée à revoir avant décision." : null);
                    d.addBatch();
                    if (++rows % 2000 == 0) {
                        w.executeBatch();
                        pr.executeBatch();
                        l.executeBatch();
                        d.executeBatch();
                    }
                }
            }
            w.executeBatch();
            pr.executeBatch();
            l.executeBatch();
            d.executeBatch();
            log(weighingId + " pesées, " + rows + " décisions.");
        }
    }

    /** The advisor named in the records: any of the Caf's (who follows which is in the portfolios). */
    private static String advisorLogin(Post post) {
        return "conseil." + (1 + post.territory().id() % ADVISORS);
    }

    private int weighing(PreparedStatement w, PreparedStatement pr, PreparedStatement l, int id, int proposalId,
            Post post, int number, String status, LocalDate on) throws SQLException {
        boolean negotiating = "NEGOTIATING".equals(status);
        LocalDateTime at = on.atTime(9, 30);
        w.setInt(1, id);
        w.setInt(2, post.id());
        w.setInt(3, number);
        w.setString(4, status);
        w.setString(5, negotiating ? "CAF" : null);
        w.setString(6, negotiating ? null : "rh." + post.territory().epci().siren());
        w.setTimestamp(7, negotiating ? null : Timestamp.valueOf(at.plusDays(3)));
        w.setString(8, negotiating ? null : advisorLogin(post));
        w.setTimestamp(9, negotiating ? null : Timestamp.valueOf(at.plusDays(3)));
        w.addBatch();
        int proposal = proposalId + 1;
        pr.setInt(1, proposal);
        pr.setInt(2, id);
        pr.setInt(3, 1);
        pr.setString(4, "AUTHORITY");
        pr.setString(5, null);
        pr.setString(6, "rh." + post.territory().epci().siren());
        pr.setTimestamp(7, Timestamp.valueOf(at));
        pr.addBatch();
        BigDecimal cooperation = post.fte().multiply(post.share()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rest = post.fte().subtract(cooperation);
        l.setInt(1, proposal);
        l.setInt(2, 0);
        l.setString(3, "COOPERATION");
        l.setBigDecimal(4, cooperation);
        l.addBatch();
        if (rest.signum() > 0) {
            l.setInt(1, proposal);
            l.setInt(2, 1);
            l.setString(3, "MANAGEMENT");
            l.setBigDecimal(4, rest);
            l.addBatch();
        }
        return proposal;
    }

    // --------------------------------------------------------------------------------- reports

    /**
     * Each filled post's report for 2022-2025 (due 30 June of the next year): accepted with the
     * Caf's annual evaluation up to 2024; for 2025 accepted, sent, to complete or draft.
     */
    private void reports(List<Post> posts) throws SQLException {
        try (PreparedStatement r = db.prepareStatement("INSERT INTO annual_report (id, post_id, officer_username, "
                + "report_year, edition, ctg_lead, status, due_date, submitted_at, submitted_by, saved_at, "
                + "accepted_by, accepted_at) VALUES (?,?,?,?,'CNAF-2023',?,?,?,?,?,?,?,?)");
                PreparedStatement a = db.prepareStatement("INSERT INTO report_answer (report_id, indicator_code, "
                        + "count_value, text_value) VALUES (?,?,?,?)");
                PreparedStatement f = db.prepareStatement(
                        "INSERT INTO report_function_text (report_id, function_code, text_value) VALUES (?,?,?)");
                PreparedStatement e = db.prepareStatement("INSERT INTO post_evaluation (post_id, kind, evaluated_on, "
                        + "report_year, text, written_by, written_at) VALUES (?,'ANNUAL',?,?,?,?,?)")) {
            int id = 0;
            for (Post post : posts) {
                if (!post.filled()) {
                    continue;
                }
                for (int year = Math.max(FIRST_YEAR, post.territory().ctgStart().getYear()); year < LAST_YEAR; year++) {
                    id++;
                    String status = "ACCEPTED";
                    if (year == LAST_YEAR - 1) {
                        int draw = random.nextInt(100);
                        status = draw < 40 ? "ACCEPTED" : draw < 70 ? "SUBMITTED" : draw < 80 ? "TO_COMPLETE" : "DRAFT";
                    }
                    LocalDateTime sent = LocalDateTime.of(year + 1, 5, 1 + random.nextInt(28), 14, 0);
                    boolean wasSent = !"DRAFT".equals(status);
                    boolean accepted = "ACCEPTED".equals(status);
                    r.setInt(1, id);
                    r.setInt(2, post.id());
                    r.setString(3, post.officer());
                    r.setInt(4, year);
                    r.setBoolean(5, post.lead());
                    r.setString(6, status);
                    r.setDate(7, Date.valueOf(LocalDate.of(year + 1, 6, 30)));
                    r.setTimestamp(8, wasSent ? Timestamp.valueOf(sent) : null);
                    r.setString(9, wasSent ? post.officer() : null);
                    r.setTimestamp(10, Timestamp.valueOf(sent.minusDays(2)));
                    r.setString(11, accepted ? advisorLogin(post) : null);
                    r.setTimestamp(12, accepted ? Timestamp.valueOf(sent.plusDays(20)) : null);
                    r.addBatch();
                    for (String code : INDICATORS) {
                        if ("1.1-S1".equals(code) && !post.lead()) {
                            continue; // the steering committee's count: the Ctg lead's only
                        }
                        a.setInt(1, id);
                        a.setString(2, code);
                        if (TEXT_ONLY.contains(code)) {
                            a.setNull(3, java.sql.Types.INTEGER);
                        } else {
                            a.setInt(3, random.nextInt(12));
                        }
                        a.setString(4, COUNT_ONLY.contains(code) ? null : "Réponse inventée pour " + code + ".");
                        a.addBatch();
                    }
                    for (String function : FUNCTIONS) {
                        f.setInt(1, id);
                        f.setString(2, function);
                        f.setString(3, "Synthèse inventée de la fonction " + function + " en " + year + ".");
                        f.addBatch();
                    }
                    if (accepted) {
                        e.setInt(1, post.id());
                        e.setDate(2, Date.valueOf(sent.plusDays(20).toLocalDate()));
                        e.setInt(3, year);
                        e.setString(4, "Évaluation annuelle inventée : missions conformes au référentiel.");
                        e.setString(5, advisorLogin(post));
                        e.setTimestamp(6, Timestamp.valueOf(sent.plusDays(20)));
                        e.addBatch();
                    }
                    if (id % 500 == 0) {
                        r.executeBatch();
                        a.executeBatch();
                        f.executeBatch();
                        e.executeBatch();
                    }
                }
            }
            r.executeBatch();
            a.executeBatch();
            f.executeBatch();
            e.executeBatch();
            log(id + " rapports d'activité.");
        }
    }

    /** Two departmental network meetings a year from 2025; about 70 % of the filled posts attended each. */
    private void networkMeetings(List<Post> posts) throws SQLException {
        try (PreparedStatement m = db.prepareStatement("INSERT INTO network_meeting (id, held_on, title, recorded_by, "
                + "recorded_at) VALUES (?,?,?,'direction.caf',?)");
                PreparedStatement a = db.prepareStatement(
                        "INSERT INTO network_attendance (meeting_id, post_id) VALUES (?,?)")) {
            LocalDate[] dates = {LocalDate.of(2025, 3, 20), LocalDate.of(2025, 10, 9), LocalDate.of(2026, 3, 19),
                    LocalDate.of(2026, 10, 8)};
            for (int i = 0; i < dates.length; i++) {
                m.setInt(1, i + 1);
                m.setDate(2, Date.valueOf(dates[i]));
                m.setString(3, "Réunion du réseau des chargés de coopération");
                m.setTimestamp(4, Timestamp.valueOf(dates[i].atTime(18, 0)));
                m.addBatch();
                for (Post post : posts) {
                    if (post.filled() && random.nextInt(10) < 7) {
                        a.setInt(1, i + 1);
                        a.setInt(2, post.id());
                        a.addBatch();
                    }
                }
            }
            m.executeBatch();
            a.executeBatch();
        }
    }

    /** The demo accounts' names, as the demo data gives them (the realm's win at sign-in). */
    private void people() throws SQLException {
        exec("""
                INSERT IGNORE INTO portal_user (username, given_name, family_name, email, main_role, last_sign_in) VALUES
                ('rh.ales', 'Claire', 'Martin – fictive', 'rh.ales@demo.ctg-portal.invalid', 'authority-hr', '2026-01-01'),
                ('rh.uzes', 'Julien', 'Roux – fictif', 'rh.uzes@demo.ctg-portal.invalid', 'authority-hr', '2026-01-01'),
                ('conseil.nord', 'Camille', 'Fabre – fictive', 'conseil.nord@demo.ctg-portal.invalid', 'caf-advisor', '2026-01-01'),
                ('conseil.sud', 'Nicolas', 'Chabert – fictif', 'conseil.sud@demo.ctg-portal.invalid', 'caf-advisor', '2026-01-01'),
                ('direction.caf', 'Isabelle', 'Perrin – fictive', 'direction.caf@demo.ctg-portal.invalid', 'caf-manager', '2026-01-01')""");
    }

    /** The regulation references, made as the demo makes them (its repeatable script reads the territories). */
    private void regulation() throws SQLException {
        try {
            String script = Files.readString(
                    home.resolve("ctg-portal-ejb/src/main/resources/db/demo/R__demo_regulation.sql"),
                    StandardCharsets.UTF_8);
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    exec(statement);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------- helpers

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static void log(String line) {
        System.out.println("[données nationales] " + line);
    }
}
