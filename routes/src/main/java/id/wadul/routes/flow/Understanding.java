package id.wadul.routes.flow;

import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.Command;
import id.wadul.routes.understand.CommandParser;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The flow's understand step, without the database: for each message of a batch, whether it comes from an
 * officer, whether it is a command or a complaint; for each complaint (an SMS's or a desk call's) its
 * analysis (normalised text, category, urgency), its text's hash (to recognise a repeat) and its place.
 */
public final class Understanding {

    private final ComplaintAnalyzer analyzer;
    private final Responsibilities responsibilities;
    private final PlaceChoice places;

    public Understanding(ComplaintAnalyzer analyzer, Region region) {
        this.analyzer = analyzer;
        this.responsibilities = analyzer.responsibilities();
        this.places = new PlaceChoice(region);
    }

    /** Fills in what each item is. */
    public Batch understand(Batch batch) {
        for (Batch.Item item : batch.all()) {
            understand(item);
        }
        return batch;
    }

    /**
     * @throws IllegalArgumentException when a complaint's text is empty, or the operator chose a place the region
     *                                  does not have
     */
    void understand(Batch.Item item) {
        Inbox.Stored m = item.message;
        if (m != null) {
            item.officer = responsibilities.unitOfOfficer(m.source()).isPresent();
            item.command = CommandParser.parse(SafeText.clean(m.text()), item.officer);
            if (item.command instanceof Command.Complaint c) {
                item.complaint = NewComplaint.sms(m.source(), c.text(), c.anonymous(), m.id());
            }
        }
        NewComplaint c = item.complaint;
        if (c == null) {
            return;
        }
        if (c.text() == null || c.text().isBlank()) {
            throw new IllegalArgumentException("complaint text is empty");
        }
        item.analysis = analyzer.analyze(c.text());
        item.textHash = sha256(item.analysis.normalisedText());
        item.place = places.of(c, item.analysis);
        item.categoryName = c.categoryOverride() == null ? item.analysis.categoryName()
                : analyzer.classifier().categoryName(c.categoryOverride());
        item.emergency = analyzer.classifier().emergencyUnits(c.categoryOverride() == null
                ? item.analysis.category() : c.categoryOverride());
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
