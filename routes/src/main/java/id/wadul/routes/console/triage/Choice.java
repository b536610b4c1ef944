package id.wadul.routes.console.triage;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.console.tickets.Fields;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Kecamatan;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Village;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a triage officer chose on release: category, kecamatan and desa (optional), units; checked. */
record Choice(String category, String kecamatanCode, String kecamatanName, String desaCode, String desaName,
        List<String> units) {

    static Choice from(JsonNode body, ComplaintAnalyzer analyzer, Region region) {
        Map<String, String> errors = new LinkedHashMap<>();
        String category = Fields.optionalText(body, "category");
        if (category == null || analyzer.classifier().category(category).isEmpty()) {
            errors.put("category", "Pilih kategori dari daftar.");
        }
        String kecCode = Fields.optionalText(body, "kecamatan");
        String desaCode = Fields.optionalText(body, "desa");
        Kecamatan kecamatan = kecCode == null ? null : region.kecamatan(kecCode).orElse(null);
        if (kecCode != null && kecamatan == null) {
            errors.put("kecamatan", "Kecamatan tidak dikenal.");
        }
        Village desa = desaCode == null ? null : region.village(desaCode).orElse(null);
        if (desaCode != null && (desa == null || kecamatan == null
                || !desa.kecamatanCode().equals(kecamatan.code()))) {
            errors.put("desa", "Desa tidak ada di kecamatan itu.");
        }
        List<String> units = List.of();
        try {
            units = Fields.codes(body);
        } catch (ApiException e) {
            errors.putAll(e.fieldErrors());
        }
        units.stream().filter(code -> analyzer.responsibilities().unit(code).isEmpty()).findFirst()
                .ifPresent(code -> errors.put("units", "Unit tidak dikenal: " + code + "."));
        if (units.isEmpty()) {
            errors.put("units", "Pilih minimal satu unit.");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Choice(category, kecamatan == null ? null : kecamatan.code(),
                kecamatan == null ? null : kecamatan.name(), desa == null ? null : desa.code(),
                desa == null ? null : desa.name(), units);
    }

    String describePlace() {
        if (kecamatanCode == null) {
            return "unknown";
        }
        return kecamatanName + " (" + kecamatanCode + ")" + (desaCode == null ? "" : ", " + desaName + " (" + desaCode
                + ")");
    }
}
