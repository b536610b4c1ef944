package id.wadul.routes.understand;

/**
 * The edit distance as first written (full dynamic programme), kept as the reference that {@link EditDistance} is
 * checked against: see {@link ReferenceTest}.
 */
final class ReferenceEditDistance {

    private ReferenceEditDistance() {
    }

    /** The distance between a and b, or {@code max + 1} as soon as it is known to exceed {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }

    /** Typos allowed for a name or keyword of this length: none under 6 letters, 1 up to 8, then 2. */
    static int allowedTypos(int length) {
        return length < 6 ? 0 : length < 9 ? 1 : 2;
    }
}
