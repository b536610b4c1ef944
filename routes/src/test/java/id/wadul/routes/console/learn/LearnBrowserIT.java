package id.wadul.routes.console.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.desk.DeskClient;
import id.wadul.routes.desk.HeadlessChromium;
import id.wadul.routes.learn.LabelFile;
import id.wadul.routes.learn.Labels;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.sql.label.LabelMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's learning page in a real headless Chromium on the running application: a supervisor sees the model
 * trained from 801 imported labels (version, examples, calibration, labels by source), finds a wrong label and
 * removes it (audited; the model is retrained without it, without a restart), adds a place name with the desa
 * autocomplete, and removes a taught one; then corrects an SMS ticket's place on the ticket page from the keyboard,
 * which teaches the name in its text.
 */
class LearnBrowserIT {

    static final String WRONG = "label keliru uji lampu jalan mati dekat pasar";
    static LearnApp app;
    static WebDriver browser;
    static HeadlessChromium chromium;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        app = new LearnApp("wadul_learn_browser", "1s");
        base = "http://127.0.0.1:" + app.app.httpPort();
        chromium = HeadlessChromium.start(1500, 1400);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** The project-written labelled complaints of the learn tests, and one wrong label, in one transaction. */
    static long importLabels() throws IOException {
        String text;
        try (InputStream in = LearnBrowserIT.class.getResourceAsStream("/id/wadul/routes/learn/written-800.jsonl")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ComplaintAnalyzer rules = ComplaintAnalyzer.load(Path.of("../conf"), "35.22");
        Set<String> known = rules.classifier().categories().stream().map(c -> c.code()).collect(Collectors.toSet());
        LabelFile.Contents labels = LabelFile.parse(text, Map.of(), known);
        assertThat(labels.problems()).isEmpty();
        try (SqlSession s = app.app.sessions().openSession(false)) {
            labels.labels().forEach(l -> Labels.add(s, l.text(), l.category(), Labels.Source.IMPORT, null));
            long wrong = Labels.add(s, WRONG, "kesehatan", Labels.Source.IMPORT, null);
            s.commit();
            return wrong;
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void openReady(String path) {
        browser.get(base + path);
        waiting().ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    static JsonNode model(DeskClient c) {
        return c.get("/api/learn/model").json().path("model");
    }

    @Test
    void aSupervisorSeesTheModelRemovesAWrongLabelAndManagesPlaceNames() throws Exception {
        long wrong = importLabels();
        DeskClient root = app.as("root");
        await().atMost(Duration.ofSeconds(120)).until(() -> model(root).path("examples").asInt() == 801);
        assertThat(root.post("/api/learn/places", Map.of("name", "pasar kota", "desa", "35.22.19.2011")).status())
                .isEqualTo(201);

        browser.get(base + "/");
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser.switchTo().activeElement().sendKeys("sari" + Keys.TAB);
        browser.switchTo().activeElement().sendKeys(LearnApp.PASSWORD + Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/triage"));
        openReady("/learn");

        // the model: version, examples, when trained, calibration, labels by source
        String model = browser.findElement(By.id("model")).getText();
        assertThat(model).contains("v" + model(root).path("version").asLong(), "801 teks berlabel", "Dilatih",
                "Kalibrasi", "90%", "impor riwayat 801");
        screenshot("learn-console.png");

        // a wrong label: searched, removed with its button
        browser.findElement(By.id("l-q")).sendKeys("label keliru" + Keys.ENTER);
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#labels tr"), 1));
        assertThat(browser.findElement(By.id("labels")).getText()).contains(WRONG, "Kesehatan");
        browser.findElement(By.cssSelector("#labels button[aria-label='Hapus label " + wrong + "']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("label-status"), "dihapus"));
        assertThat(browser.findElements(By.cssSelector("#labels tr"))).isEmpty();
        try (SqlSession s = app.app.sessions().openSession(true)) {
            assertThat(s.getMapper(LabelMapper.class).find(wrong)).isNull();
        }
        assertThat(root.get("/api/admin/audit").json().toString()).contains("label.remove", "label:" + wrong, "sari");
        // the model is retrained without it
        await().atMost(Duration.ofSeconds(120)).until(() -> model(root).path("examples").asInt() == 800);
        openReady("/learn");
        assertThat(browser.findElement(By.id("model")).getText()).contains("800 teks berlabel", "impor riwayat 800");

        // a place name by hand: name, kecamatan and desa from the autocomplete
        assertThat(browser.findElement(By.id("places")).getText()).contains("pasar kota", "Kuncen", "dipakai");
        browser.findElement(By.id("pn-name")).sendKeys("Jembatan Kali Ketek" + Keys.TAB);
        browser.switchTo().activeElement().sendKeys("ngraho");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#pn-kecamatan-list li[aria-selected=true]"), "Ngraho"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.findElement(By.id("pn-desa")).sendKeys("luwi");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#pn-desa-list li[aria-selected=true]"), "Luwihaji"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("#place-add button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-status"), "ditambahkan"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("places"), "jembatan kali ketek"));
        assertThat(browser.findElement(By.id("places")).getText()).contains("Luwihaji, Ngraho", "ditambah di sini");

        // a taught name removed
        browser.findElement(By.cssSelector("#places button[aria-label='Hapus nama tempat pasar kota']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-status"), "dihapus"));
        waiting().until(d -> !d.findElement(By.id("places")).getText().contains("pasar kota"));
        assertThat(root.get("/api/learn/places").json().findValuesAsText("name")).containsExactly(
                "jembatan kali ketek");
        screenshot("learn-console-after.png");

        // a ticket's place corrected on the ticket page, from the keyboard, teaches the name in its text
        app.sms("6281277770001", "atap sdn 3 karangnongko ambrol tolong segera diperbaiki");
        String[] number = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode found = root.get("/api/tickets?citizen=081277770001").json().path("tickets");
            number[0] = found.size() == 1 ? found.get(0).path("ticket").asText() : null;
            return number[0] != null;
        });
        openReady("/ticket?n=" + number[0]);
        browser.switchTo().activeElement().sendKeys("p");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("p-kecamatan");
        browser.switchTo().activeElement().sendKeys("ngraho");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#p-kecamatan-list li[aria-selected=true]"), "Ngraho"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("p-desa");
        browser.switchTo().activeElement().sendKeys("jumo");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#p-desa-list li[aria-selected=true]"), "Jumok"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Tempat disimpan"));
        assertThat(browser.findElement(By.id("t-facts")).getText()).contains("Jumok, Ngraho");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("PLACE_SET");
        JsonNode taught = root.get("/api/learn/places").json().path("places").get(0);
        assertThat(taught.path("name").asText()).isEqualTo("sdn 3 karangnongko");
        assertThat(taught.path("desa").asText()).isEqualTo("Jumok");
        assertThat(taught.path("source").asText()).isEqualTo("ticket");
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
