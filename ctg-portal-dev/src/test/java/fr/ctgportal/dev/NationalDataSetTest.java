package fr.ctgportal.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's national data set: what it reads and how it spreads the posts (no database). */
class NationalDataSetTest {

    @Test
    void aQuotedNameKeepsItsCommas() {
        assertEquals(List.of("200000001", "CC Rance, Rougier", "CC", "12"),
                NationalDataSet.fields("200000001,\"CC Rance, Rougier\",CC,12"));
    }

    @Test
    void everyIntercommunalityOfTheOfficialListIsRead() {
        Path csv = Path.of(System.getProperty("user.dir")).getParent().resolveSibling("shared")
                .resolve("data/france-epci-2026.csv");
        List<NationalDataSet.Epci> epcis = NationalDataSet.readCsv(csv);
        assertEquals(1255, epcis.size());
        assertTrue(
                epcis.stream().anyMatch(e -> e.siren().equals(NationalDataSet.ALES) && e.departement().equals("30")));
    }

    @Test
    void thePostsAddUpAndEveryTerritoryHasOne() {
        int[] count = NationalDataSet.postsPerTerritory(new int[]{500_000, 30_000, 4_000, 1_200}, 100);
        assertEquals(100, Arrays.stream(count).sum());
        assertTrue(Arrays.stream(count).allMatch(n -> n >= 1));
        assertTrue(count[0] > count[1] && count[1] >= count[2]);
    }
}
