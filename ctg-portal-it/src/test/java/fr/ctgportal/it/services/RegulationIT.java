package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.regulation.OutlookView;
import fr.ctgportal.ejb.regulation.ReferenceInput;
import fr.ctgportal.ejb.regulation.ReformView;
import fr.ctgportal.ejb.regulation.RegulationService;
import fr.ctgportal.ejb.regulation.SteeringLine;
import fr.ctgportal.ejb.regulation.SteeringView;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.regulation.Competence;
import fr.ctgportal.model.regulation.CompetenceStatus;
import fr.ctgportal.model.regulation.IndicatorRow;
import fr.ctgportal.model.regulation.RedeploymentOutlook;
import fr.ctgportal.model.regulation.Typology;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Caf's steering (issue 16) on the demo data: a manager sees every territory, an advisor their
 * portfolio's and the department's aggregates only; the figures are the posts' (checked against the
 * database), the reference figures are dated and audited, a reform preview records nothing, and the
 * workbook holds numbers.
 */
class RegulationIT extends DeployedServices {

    @EJB
    private RegulationService regulation;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static final String COUNTED = "funding_ended_on is null and unfunded_by_opinion = 0";

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void aManagerSeesEveryTerritoryAgainstTheDepartmentWithThePostsFigures() {
        Demo demo = database();
        SteeringView view = regulation.steering();
        assertEquals(demo.number("select count(*) from territory"), view.territories().size());
        assertTrue(view.departmentWide());
        assertEquals(756_543, view.population(), "the doctrine's INSEE figure");
        IndicatorRow d = view.department().indicators();
        assertEquals(demo.number("select count(*) from cooperation_post where " + COUNTED), d.inputs().posts());
        BigDecimal fte = new BigDecimal(demo.text("select sum(round(employment_fte * cooperation_share, 2)) "
                + "from cooperation_post where " + COUNTED));
        assertEquals(0, fte.compareTo(d.inputs().cooperationFte()), "one query, the posts' counted FTE");
        BigDecimal bonus = new BigDecimal(
                demo.text("select sum(current_funding) from cooperation_post where " + COUNTED));
        assertEquals(0, bonus.compareTo(d.inputs().pilotageBonus()));
        assertEquals(bonus.divide(fte, 2, RoundingMode.HALF_UP), d.amountPerFteBonus(), "indicator 1");

        // Indicator 4 of Alès, from the database's figures: its share of the FTE minus its share of 756,543.
        long ales = demo.territoryOf(Demo.ALES);
        SteeringLine line = view.territories().stream().filter(l -> l.indicators().territoryId() == ales).findFirst()
                .orElseThrow();
        BigDecimal alesFte = new BigDecimal(demo.text("select sum(round(employment_fte * cooperation_share, 2)) "
                + "from cooperation_post where territory_id = ? and " + COUNTED, ales));
        BigDecimal expected = alesFte.divide(fte, 6, RoundingMode.HALF_UP).subtract(BigDecimal.valueOf(134_056)
                .divide(BigDecimal.valueOf(756_543), 6, RoundingMode.HALF_UP));
        assertEquals(expected, line.indicators().fteMinusPopulation());
        assertEquals(0, new BigDecimal("920.91").compareTo(line.indicators().areaKm2()), "indicator 6");
        assertFalse(line.competences().isEmpty(), "the demo's competences (indicator 5)");

        OutlookView outlook = regulation.outlook();
        assertEquals(today().getYear(), outlook.years().get(0));
        assertTrue(outlook.years().size() > 1, "to the end of the renewed Ctgs");
        for (RedeploymentOutlook.Cell c : outlook.department().cells()) {
            assertEquals(c.bonus().subtract(c.doctrineFunding()), c.freed());
        }
        assertEquals(0, bonus.compareTo(outlook.department().cells().get(0).bonus()));
    }

    @Test
    @AsUser(name = "conseil.nord", roles = CAF_ADVISOR)
    void anAdvisorSeesTheirTerritoriesAndTheDepartmentsAggregatesOnly() {
        Demo demo = database();
        SteeringView view = regulation.steering();
        assertEquals(7, view.territories().size(), "conseil.nord follows seven territories");
        assertFalse(view.departmentWide());
        long uzes = demo.territoryOf(Demo.UZES);
        assertTrue(view.territories().stream().noneMatch(l -> l.indicators().territoryId() == uzes),
                "Pays d'Uzès is conseil.sud's");
        assertEquals(demo.number("select count(*) from cooperation_post where " + COUNTED),
                view.department().indicators().inputs().posts(), "the department's aggregate, all territories");
        assertTrue(regulation.outlook().territories().stream().noneMatch(r -> r.name().contains("Uzès")));
        assertThrows(NotFoundException.class, () -> regulation.recordTerritoryReference(uzes,
                new ReferenceInput(today(), 1, Map.of(), "intrusion", null)));
    }

    @Test
    @AsUser(name = "conseil.nord", roles = CAF_ADVISOR)
    void anAdvisorKeepsTheTerritorysDatedDataAudited() {
        Demo demo = database();
        long viganais = demo.number("select id from territory where name = 'CC du Pays Viganais'");
        int structures = (int) demo.number("select family_service_structures from territory where id = ?", viganais);
        assertThrows(InvalidInputException.class, () -> regulation.recordTerritoryReference(viganais,
                new ReferenceInput(today().plusDays(1), structures, Map.of(), null, null)), "not from a future day");
        long id = regulation.recordTerritoryReference(viganais, new ReferenceInput(today(), structures,
                Map.of(Competence.YOUTH, CompetenceStatus.TRANSFERRED), "Territoire de montagne, RegulationIT",
                "recensement"));
        SteeringLine line = regulation.steering().territories().stream()
                .filter(l -> l.indicators().territoryId() == viganais).findFirst().orElseThrow();
        assertEquals(today(), line.referenceDate());
        assertEquals("conseil.nord", line.referenceBy());
        assertEquals(CompetenceStatus.TRANSFERRED, line.competences().get(Competence.YOUTH));
        assertEquals("Territoire de montagne, RegulationIT", line.specifics());
        assertEquals(1, demo.number("select count(*) from audit_event where action = 'TERRITORY_REFERENCE_RECORDED' "
                + "and entity_id = ? and actor = 'conseil.nord'", id));
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void aReformPreviewComparesWithTheParametersInForceAndRecordsNothing() {
        Demo demo = database();
        long changes = demo.number("select count(*) from doctrine_parameter_change");
        LocalDate from = today().plusDays(1);
        ReformView higher = regulation.previewReform(from,
                Map.of(DoctrineParameter.CEILING_PER_FTE, new BigDecimal("50000")));
        assertTrue(higher.total().reform().compareTo(higher.total().baseline()) >= 0, "a higher ceiling never lowers");
        assertEquals(fr.ctgportal.model.doctrine.DoctrineFormats.money(new BigDecimal("48000")),
                higher.drafts().get(0).inForce());
        ReformView lower = regulation.previewReform(from, Map.of(DoctrineParameter.CAF_RATE, new BigDecimal("0.45")));
        assertEquals(0, lower.total().baseline().multiply(new BigDecimal("0.45")).setScale(0, RoundingMode.HALF_UP)
                .compareTo(lower.total().reform().multiply(new BigDecimal("0.50")).setScale(0, RoundingMode.HALF_UP)),
                "45 % instead of 50 % of the same eligible costs");
        assertFalse(lower.posts().isEmpty());
        assertEquals(changes, demo.number("select count(*) from doctrine_parameter_change"), "nothing recorded");
        assertThrows(InvalidInputException.class, () -> regulation.previewReform(from, Map.of()));

        long population = regulation.recordDepartmentPopulation(today(), 756_543,
                "INSEE, population légale (RegulationIT)");
        assertEquals("INSEE, population légale (RegulationIT)", regulation.steering().populationSource());
        assertEquals(1, demo.number("select count(*) from audit_event where action = 'DEPARTMENT_POPULATION_RECORDED' "
                + "and entity_id = ?", population));
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theWorkbookHoldsNumbers() throws Exception {
        database();
        SteeringView view = regulation.steering();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(regulation.workbook().content()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(view.territories().size() + 2, sheet.getPhysicalNumberOfRows(),
                    "header, territories, department");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType(), "population");
            assertEquals(view.territories().get(0).indicators().inputs().population(),
                    (int) sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(view.territories().size() + 1).getCell(3).getCellType(),
                    "the department's FTE");
        }
        byte[] report = regulation.report().content();
        assertTrue(new String(report, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        // (in the server: OpenPDF, which the portal carries, reads the pages' images)
        PdfReader pdf = new PdfReader(report);
        int images = 0;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PdfDictionary resources = pdf.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            for (PdfName name : objects == null ? java.util.Set.<PdfName>of() : objects.getKeys()) {
                if (PdfReader.getPdfObject(objects.get(name)) instanceof PdfDictionary d
                        && PdfName.IMAGE.equals(d.getAsName(PdfName.SUBTYPE))) {
                    images++;
                }
            }
        }
        assertEquals(3, images, "the three charts, drawn server-side");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(regulation.workbook().content()))) {
            OutlookView outlook = regulation.outlook();
            assertEquals(1 + (view.territories().size() + 1) * outlook.years().size(),
                    book.getSheet("Typologie par année").getPhysicalNumberOfRows(),
                    "one row per territory (and the department) and year");
        }
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theTypologyOfTheFundedPostsFollowsThePlanYearByYear() {
        database();
        OutlookView outlook = regulation.outlook();
        SteeringView view = regulation.steering();
        for (int i = 0; i < outlook.years().size(); i++) {
            int year = outlook.years().get(i);
            RedeploymentOutlook.Cell department = outlook.department().cells().get(i);
            assertEquals(year, department.year());
            int posts = 0;
            BigDecimal fte = BigDecimal.ZERO;
            int directors = 0;
            for (OutlookView.Row row : outlook.territories()) {
                Typology t = row.cells().get(i).typology();
                posts += t.posts();
                fte = fte.add(t.fte());
                directors += t.directors().count();
            }
            assertEquals(posts, department.typology().posts(), "the department sums its territories, " + year);
            assertEquals(0, fte.compareTo(department.typology().fte()), "FTE, " + year);
            assertEquals(directors, department.typology().directors().count(), "directors, " + year);
            assertTrue(department.typology().posts() <= view.department().typology().posts(),
                    "only funded posts are counted, " + year);
            if (i > 0) {
                assertTrue(department.typology().underThreshold().count() <= outlook.department().cells().get(i - 1)
                        .typology().underThreshold().count(), "the plan never adds a post under 25 %");
            }
        }
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void aReformOfEveryParameterShowsItsEffectOnTheOutlookYearByYear() {
        database();
        LocalDate from = LocalDate.of(today().getYear() + 1, 1, 1);
        Map<DoctrineParameter, BigDecimal> drafts = new java.util.EnumMap<>(DoctrineParameter.class);
        drafts.put(DoctrineParameter.CEILING_PER_FTE, new BigDecimal("50000"));
        drafts.put(DoctrineParameter.CAF_RATE, new BigDecimal("0.45"));
        drafts.put(DoctrineParameter.MIN_COOPERATION_SHARE, new BigDecimal("0.30"));
        drafts.put(DoctrineParameter.MIN_NEW_POST_SHARE, new BigDecimal("0.60"));
        drafts.put(DoctrineParameter.MIN_NEW_POST_COOPERATION_FTE, new BigDecimal("0.6"));
        drafts.put(DoctrineParameter.MIN_AUTHORITY_COFINANCING, new BigDecimal("0.55"));
        drafts.put(DoctrineParameter.VACANCY_GRACE_MONTHS, new BigDecimal("3"));
        ReformView reform = regulation.previewReform(from, drafts);
        assertEquals(DoctrineParameter.values().length, reform.drafts().size(), "every parameter can be drafted");
        List<ReformView.Year> years = reform.departmentYears();
        assertEquals(regulation.outlook().years(), years.stream().map(ReformView.Year::year).toList());
        assertEquals(0, years.get(0).difference().signum(), "this year is before the reform: the baseline");
        for (ReformView.Year y : years.subList(1, years.size())) {
            assertTrue(y.reform().compareTo(y.baseline()) <= 0,
                    "a lower rate and a higher threshold never fund more, " + y.year());
            assertEquals(y.bonus().subtract(y.reform()), y.freedByReform());
        }
        assertTrue(years.get(1).reform().compareTo(years.get(1).baseline()) < 0, "the reform applies from " + from);
        assertEquals(reform.baselineOutlook().territories().size(), reform.reformOutlook().territories().size());
    }
}
