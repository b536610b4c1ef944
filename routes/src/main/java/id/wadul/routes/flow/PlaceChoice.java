package id.wadul.routes.flow;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Kecamatan;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Village;

/** Where a complaint is: the operator's kecamatan/desa when chosen, else what the text names. */
final class PlaceChoice {

    private final Region region;

    PlaceChoice(Region region) {
        this.region = region;
    }

    /**
     * The place of the complaint.
     *
     * @throws IllegalArgumentException when the operator chose a kecamatan or desa the region does not have
     */
    Assignment.PlaceRef of(NewComplaint c, Analysis analysis) {
        if (c.kecamatanCode() != null) {
            Kecamatan kecamatan = region.kecamatan(c.kecamatanCode())
                    .orElseThrow(() -> new IllegalArgumentException("unknown kecamatan " + c.kecamatanCode()));
            if (c.desaCode() == null) {
                return new Assignment.PlaceRef(kecamatan.code(), kecamatan.name(), null, null);
            }
            Village desa = region.village(c.desaCode())
                    .filter(v -> v.kecamatanCode().equals(kecamatan.code()))
                    .orElseThrow(() -> new IllegalArgumentException("unknown desa " + c.desaCode() + " in kecamatan "
                            + kecamatan.code()));
            return new Assignment.PlaceRef(kecamatan.code(), kecamatan.name(), desa.code(), desa.name());
        }
        return analysis.place()
                .map(p -> new Assignment.PlaceRef(p.kecamatanCode(), p.kecamatanName(), p.desaCode(), p.desaName()))
                .orElse(Assignment.PlaceRef.NONE);
    }
}
