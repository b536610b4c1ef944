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
        if (a.equals(b)) {
            return 0; // common (a name or keyword as written), and the table would take its whole length
        }
        if (max == 0) {
            return 1;
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
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int d;
                if (ca == b.charAt(j - 1)) {
                    d = prev[j - 1]; // neighbouring cells differ by at most one: nothing beats the free diagonal
                } else {
                    d = Math.min(Math.min(prev[j], cur[j - 1]), prev[j - 1]) + 1;
                    if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        d = Math.min(d, prev2[j - 2] + 1);
                    }
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
     * The characters of s as a set of bits: for each letter a-z one bit if it occurs and another if it occurs
     * twice or more, a bit per digit, and two bits shared by all other characters. Each bit of a that b lacks
     * stands for a different character of a (a first or second occurrence) that any edit script has to delete or
     * replace, one per edit: so the number of bits in {@code letters(a) & ~letters(b)}, or the other way round,
     * never exceeds the distance, and comparing these masks rules most candidates out without filling a table.
     */
    static long letters(String s) {
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                long once = 1L << (c - 'a');
                bits |= (bits & once) == 0 ? once : once << 26;
            } else {
                bits |= 1L << (c >= '0' && c <= '9' ? 52 + c - '0' : 62 + c % 2);
            }
        }
        return bits;
    }

    /** A lower bound of the distance between two strings from their {@link #letters} masks. */
    static int lowerBound(long lettersA, long lettersB) {
        return Math.max(Long.bitCount(lettersA & ~lettersB), Long.bitCount(lettersB & ~lettersA));
    }
}
