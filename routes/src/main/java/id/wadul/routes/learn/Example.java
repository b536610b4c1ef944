package id.wadul.routes.learn;

import java.util.List;

/**
 * One labelled complaint, ready for training: its features, its label and what the rules said of it.
 *
 * @param category       the label (a category code)
 * @param features       see {@link Features}
 * @param rulesCategory  the rules' best category
 * @param rulesConfident the rules were confident of it
 */
public record Example(String category, List<String> features, String rulesCategory, boolean rulesConfident) {

    public Example {
        features = List.copyOf(features);
    }
}
