package id.wadul.routes.desk;

import id.wadul.gateway.text.PhoneNumbers;
import id.wadul.routes.text.SafeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a call before anything is stored, collecting one message per field in Bahasa Indonesia for the page
 * to show next to the field. Control and direction-override characters ({@link SafeText}) are refused, not
 * silently removed, so that what the operator sees is what is stored and sent by SMS.
 */
public final class CallValidator {

    public static final int MIN_TEXT = 10;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_NAME = 100;
    static final String CONTROL_CHARACTERS = "Berisi karakter kontrol atau pembalik arah teks yang tidak "
            + "diizinkan. Ketik ulang tanpa menempel (paste) teks.";

    private final PlaceSearch places;
    private final Set<String> categories;
    private final Supplier<Set<String>> units;

    /**
     * @param categories the category codes an operator may choose
     * @param units      the unit codes an operator may choose
     */
    public CallValidator(PlaceSearch places, Set<String> categories, Set<String> units) {
        this(places, categories, () -> units);
    }

    /**
     * @param categories the category codes an operator may choose
     * @param units      the unit codes an operator may choose now, asked at each call (the console's routing
     *                   changes apply without a restart)
     */
    public CallValidator(PlaceSearch places, Set<String> categories, Supplier<Set<String>> units) {
        this.places = places;
        this.categories = Set.copyOf(categories);
        this.units = units;
    }

    /** A call that passed: phone normalised ({@code 628...}) or null, ticket number upper case or null. */
    public record ValidCall(CallRequest request, String citizenNumber, String linkTicket) {
    }

    /** @throws ApiException 400 with the field messages when anything is wrong */
    public ValidCall validate(CallRequest call) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = call.text();
        if (text == null) {
            errors.put("text", "Isi keluhan wajib diisi.");
        } else if (text.codePointCount(0, text.length()) < MIN_TEXT) {
            errors.put("text", "Isi keluhan terlalu pendek (minimal " + MIN_TEXT + " karakter).");
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.put("text", "Isi keluhan terlalu panjang (maksimal " + MAX_TEXT + " karakter).");
        }
        if (SafeText.hasForbidden(text, false)) {
            errors.put("text", CONTROL_CHARACTERS);
        }
        if (call.name() != null && call.name().length() > MAX_NAME) {
            errors.put("name", "Nama maksimal " + MAX_NAME + " karakter.");
        } else if (SafeText.hasForbidden(call.name(), true)) {
            errors.put("name", CONTROL_CHARACTERS);
        }
        String citizenNumber = null;
        if (call.phone() != null) {
            String normalised = call.phone().length() > 30 ? call.phone() : PhoneNumbers.normalise(call.phone());
            if (PhoneNumbers.isIndonesianMobile(normalised)) {
                citizenNumber = normalised;
            } else {
                errors.put("phone", "Nomor HP tidak valid. Contoh: 0812 3456 7890.");
            }
        } else if (call.consentSms()) {
            errors.put("phone", "Isi nomor HP agar penelepon bisa menerima SMS.");
        }
        if (call.kecamatan() == null) {
            errors.put("kecamatan", "Kecamatan wajib dipilih.");
        } else if (places.kecamatanByCode(call.kecamatan()).isEmpty()) {
            errors.put("kecamatan", "Kecamatan tidak dikenal. Pilih dari daftar.");
        } else if (call.desa() != null && places.villageIn(call.kecamatan(), call.desa()).isEmpty()) {
            errors.put("desa", "Desa tidak ada di kecamatan ini. Pilih dari daftar.");
        }
        if (call.category() != null && !categories.contains(call.category())) {
            errors.put("category", "Kategori tidak dikenal.");
        }
        Set<String> known = call.units().isEmpty() ? Set.of() : units.get();
        List<String> unknownUnits = call.units().stream().filter(u -> !known.contains(u)).toList();
        if (!unknownUnits.isEmpty()) {
            errors.put("units", "Unit tidak dikenal: " + String.join(", ", unknownUnits) + ".");
        }
        String link = call.linkTicket() == null ? null : call.linkTicket().toUpperCase(Locale.ROOT);
        if (link != null && !link.matches("[A-Z0-9]{3,16}")) {
            errors.put("linkTicket", "Nomor tiket tidak valid.");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ValidCall(call, citizenNumber, link);
    }
}
