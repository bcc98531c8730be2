package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Test data: a compliant post (the doctrine's example: 50,000 €, full time, 50 %) to vary. */
final class Posts {

    static final LocalDate ON = LocalDate.of(2026, 6, 1);

    private BigDecimal cost = new BigDecimal("50000");
    private BigDecimal fte = BigDecimal.ONE;
    private BigDecimal share = new BigDecimal("0.5");
    private PostOrigin origin = PostOrigin.EXISTING;
    private Set<PostFunction> functions = new HashSet<>();
    private Qualification qualification = Qualification.BAC3_OR_ABOVE;
    private EmployerKind employer = EmployerKind.SIGNATORY_AUTHORITY;
    private BigDecimal cofinancing = new BigDecimal("0.5");
    private LocalDate vacantSince;

    static Posts compliant() {
        return new Posts();
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    Posts cost(String value) {
        cost = dec(value);
        return this;
    }

    Posts fte(String value) {
        fte = dec(value);
        return this;
    }

    Posts share(String value) {
        share = dec(value);
        return this;
    }

    Posts origin(PostOrigin value) {
        origin = value;
        return this;
    }

    Posts functions(Set<PostFunction> value) {
        functions = value;
        return this;
    }

    Posts with(PostFunction function) {
        functions.add(function);
        return this;
    }

    Posts qualification(Qualification value) {
        qualification = value;
        return this;
    }

    Posts employer(EmployerKind value) {
        employer = value;
        return this;
    }

    Posts cofinancing(String value) {
        cofinancing = dec(value);
        return this;
    }

    Posts vacantSince(LocalDate value) {
        vacantSince = value;
        return this;
    }

    PostSituation build() {
        return new PostSituation(cost, fte, share, origin, functions, qualification, employer, cofinancing,
                vacantSince);
    }
}
