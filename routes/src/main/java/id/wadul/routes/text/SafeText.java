package id.wadul.routes.text;

/**
 * The characters no text that reaches an SMS or a page may carry: C0 controls (but tab and line breaks), DEL,
 * C1 controls, and the invisible direction controls that can make a text read differently from what it holds
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), plus U+2028/U+2029 (line/paragraph separators,
 * which phones and pages render inconsistently). Line breaks are kept as {@code \n}: {@code \r\n} and a lone
 * {@code \r} become {@code \n}.
 *
 * <p>The inbound SMS path removes them ({@link #clean}); the desk refuses them in what an operator types
 * ({@link #hasForbidden}), so the operator sees what is stored.
 */
public final class SafeText {

    private SafeText() {
    }

    /** True for a code point that is never stored or shown (tab, {@code \n} and {@code \r} are not). */
    public static boolean forbidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * True when {@code text} holds a forbidden code point, or any line break or tab when {@code singleLine}
     * (a name, a station). Null is fine.
     */
    public static boolean hasForbidden(String text, boolean singleLine) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(cp -> forbidden(cp) || (singleLine && (cp == '\t' || cp == '\n'
                || cp == '\r')));
    }

    /** {@code text} without forbidden code points, line breaks as {@code \n}; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        boolean dirty = text.indexOf('\r') >= 0 || text.codePoints().anyMatch(SafeText::forbidden);
        if (!dirty) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                out.append('\n');
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
            } else if (!forbidden(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Like {@link #clean}, and tabs and line breaks become single spaces: for one-line texts on a page. */
    public static String cleanLine(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.replace('\t', ' ').replace('\n', ' ');
    }
}
