package id.wadul.routes.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The configured regency with its kecamatan and villages, read from the official area data bundled under
 * {@code /idn-area/} (idn-area-data, ODbL: see NOTICE there). Immutable; loaded once per code and cached.
 */
public final class Region {

    private static final String DATA = "/idn-area/";
    private static final Pattern REGENCY_CODE = Pattern.compile("\\d{2}\\.?\\d{2}");
    private static final Map<String, Region> CACHE = new ConcurrentHashMap<>();

    private final String code;
    private final String name;
    private final List<Kecamatan> kecamatan;
    private final Map<String, Kecamatan> kecamatanByCode;
    private final Map<String, List<Village>> villagesByKecamatan;
    private final Map<String, Village> villageByCode;

    private Region(String code, String name, List<Kecamatan> kecamatan, List<Village> villages) {
        this.code = code;
        this.name = name;
        this.kecamatan = List.copyOf(kecamatan);
        Map<String, Kecamatan> byCode = new LinkedHashMap<>();
        kecamatan.forEach(k -> byCode.put(k.code(), k));
        this.kecamatanByCode = byCode;
        Map<String, List<Village>> byKec = new LinkedHashMap<>();
        Map<String, Village> byVillage = new LinkedHashMap<>();
        for (Village v : villages) {
            byKec.computeIfAbsent(v.kecamatanCode(), k -> new ArrayList<>()).add(v);
            byVillage.put(v.code(), v);
        }
        byKec.replaceAll((k, list) -> List.copyOf(list));
        this.villagesByKecamatan = byKec;
        this.villageByCode = byVillage;
    }

    /**
     * Loads a regency by its code, written {@code 35.22} or {@code 3522}.
     *
     * @throws IllegalArgumentException for a malformed or unknown code
     */
    public static Region load(String regencyCode) {
        return CACHE.computeIfAbsent(normaliseCode(regencyCode), Region::read);
    }

    private static Region read(String wanted) {
        String[] regencyName = new String[1];
        read("regencies.csv", wanted + ",", row -> {
            if (row.get(0).equals(wanted)) {
                regencyName[0] = row.get(2);
            }
        });
        if (regencyName[0] == null) {
            throw new IllegalArgumentException("unknown regency code '" + wanted + "' (see idn-area/regencies.csv)");
        }
        List<Kecamatan> kecamatan = new ArrayList<>();
        read("districts.csv", wanted + ".", row -> {
            if (row.get(1).equals(wanted)) {
                kecamatan.add(new Kecamatan(row.get(0), row.get(2)));
            }
        });
        String prefix = wanted + ".";
        List<Village> villages = new ArrayList<>();
        read("villages.csv", prefix, row -> {
            if (row.get(1).startsWith(prefix)) {
                String type = row.get(0).substring(row.get(0).lastIndexOf('.') + 1).startsWith("1") ? "kelurahan" : "desa";
                villages.add(new Village(row.get(0), row.get(1), row.get(2), type));
            }
        });
        kecamatan.sort(Comparator.comparing(Kecamatan::code));
        villages.sort(Comparator.comparing(Village::code));
        return new Region(wanted, regencyName[0], kecamatan, villages);
    }

    /** "3522" and " 35.22 " become "35.22". */
    static String normaliseCode(String regencyCode) {
        String trimmed = regencyCode == null ? "" : regencyCode.strip();
        if (!REGENCY_CODE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("regency code must look like 35.22 or 3522, got '" + regencyCode + "'");
        }
        String digits = trimmed.replace(".", "");
        return digits.substring(0, 2) + "." + digits.substring(2);
    }

    public String code() {
        return code;
    }

    /** E.g. "Kabupaten Bojonegoro". */
    public String name() {
        return name;
    }

    public List<Kecamatan> kecamatan() {
        return kecamatan;
    }

    public Optional<Kecamatan> kecamatan(String code) {
        return Optional.ofNullable(code == null ? null : kecamatanByCode.get(code.strip()));
    }

    /** The kecamatan with this name, ignoring case and spaces ("sumber rejo" finds Sumberrejo). */
    public Optional<Kecamatan> kecamatanNamed(String name) {
        String wanted = compact(name);
        return kecamatan.stream().filter(k -> compact(k.name()).equals(wanted)).findFirst();
    }

    public List<Village> villages(String kecamatanCode) {
        return kecamatanCode == null ? List.of() : villagesByKecamatan.getOrDefault(kecamatanCode.strip(), List.of());
    }

    /** All villages of the regency, ordered by code. */
    public List<Village> villages() {
        return List.copyOf(villageByCode.values());
    }

    public Optional<Village> village(String code) {
        return Optional.ofNullable(code == null ? null : villageByCode.get(code.strip()));
    }

    /** Lower case letters and digits only: "Ledok Kulon" becomes "ledokkulon". */
    static String compact(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Calls {@code rows} for each data line starting with {@code linePrefix} (the CSVs start with the code). */
    private static void read(String file, String linePrefix, Consumer<List<String>> rows) {
        InputStream in = Region.class.getResourceAsStream(DATA + file);
        if (in == null) {
            throw new IllegalStateException("missing bundled area data " + DATA + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(linePrefix)) {
                    rows.accept(csv(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DATA + file, e);
        }
    }

    /** One CSV line; fields may be quoted with "" for a quote inside. */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>(3);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
