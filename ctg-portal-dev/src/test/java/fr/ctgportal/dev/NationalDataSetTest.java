package fr.ctgportal.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The benchmark's national data set: how it spreads the posts (no database). */
class NationalDataSetTest {

    @Test
    void thePostsAddUpAndEveryTerritoryHasOne() {
        int[] count = NationalDataSet.postsPerTerritory(new int[]{500_000, 30_000, 4_000, 1_200}, 100);
        assertEquals(100, Arrays.stream(count).sum());
        assertTrue(Arrays.stream(count).allMatch(n -> n >= 1));
        assertTrue(count[0] > count[1] && count[1] >= count[2]);
    }
}
