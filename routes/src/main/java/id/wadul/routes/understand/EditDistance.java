package id.wadul.routes.understand;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded. */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * The distance between a and b, or {@code max + 1} as soon as it is known to exceed {@code max}.
     *
     * <p>Only the diagonal band {@code |i - j| <= max} of the table is computed: a cell outside it is at least
     * {@code |i - j|}, so it can never lead back to a distance within {@code max}. Every cell is capped at
     * {@code max + 1}, which keeps the cells within the band exact wherever they are at most {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        if (max == 0) {
            return a.equals(b) ? 0 : 1;
        }
        int over = max + 1;
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            cur[from - 1] = from == 1 ? Math.min(i, over) : over; // column 0, or the cell left of the band
            int rowMin = cur[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < b.length()) {
                cur[to + 1] = over; // the next row reads it as the cell above the right end of its band
            }
            if (rowMin > max) {
                return over; // row minima never decrease
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Typos allowed for a name or keyword of this length: none under 6 letters, 1 up to 8, then 2. */
    static int allowedTypos(int length) {
        return length < 6 ? 0 : length < 9 ? 1 : 2;
    }

    /**
     * The characters of s as a set of bits (a-z and 0-9 one bit each, any other character shares one of the
     * remaining bits). Each edit brings in at most one character the other string lacks, so the number of bits
     * in {@code letters(a) & ~letters(b)}, or the other way round, never exceeds the distance: comparing these
     * masks rules most candidates out without filling a table.
     */
    static long letters(String s) {
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            bits |= 1L << bit;
        }
        return bits;
    }

    /** A lower bound of the distance between two strings from their {@link #letters} masks. */
    static int lowerBound(long lettersA, long lettersB) {
        return Math.max(Long.bitCount(lettersA & ~lettersB), Long.bitCount(lettersB & ~lettersA));
    }
}
