package id.wadul.routes.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskTestServer;
import id.wadul.routes.desk.HeadlessChromium;
import id.wadul.sql.console.BlockedNumberMapper;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.outbox.OutboxRow;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Triage done with the keyboard only in a real headless Chromium: a supervisor releases an urgent unsure
 * complaint to two units, merges the next into an open ticket and marks the last as a prank with a block; then
 * adds a note on the ticket page, splits the merged ticket out of its incident and finds a ticket in the search. The flow's answers are read from MariaDB.
 */
class TriageBrowserIT {

    static ConsoleFixture console;
    static WebDriver browser;
    static HeadlessChromium chromium;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        console = new ConsoleFixture();
        base = "http://127.0.0.1:" + console.desk.server.port();
        chromium = HeadlessChromium.start(1500, 1200);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (console != null) {
            console.close();
        }
    }

    /** Types into whatever has the focus, as a person does, and returns that element. */
    WebElement typed(CharSequence... keys) {
        WebElement active = browser.switchTo().activeElement();
        new Actions(browser).sendKeys(keys).perform();
        return active;
    }

    String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    void waitForOption(String listId, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + listId + " li[aria-selected=true]"), text));
    }

    void openReady(String path) {
        browser.get(base + path);
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    @Test
    void supervisorTriagesWithTheKeyboardOnly() throws Exception {
        String open = console.desk.smsTicket("6281344440001", "jalan berlubang di depan balai desa kuncen",
                "infrastruktur");
        String plain = console.triageTicket("6281344440002", ConsoleFixture.UNSURE);
        String prank = console.triageTicket("6281344440003", "iseng aja pak hahaha coba coba");
        String urgent = console.triageTicket("6281344440004", ConsoleFixture.UNSURE + " cepat", true);

        browser.get(base + "/triage");
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(focused()).isEqualTo("username");
        typed("sari" + Keys.TAB);
        typed(DeskTestServer.PASSWORD + Keys.ENTER);
        // a supervisor lands on the triage queue
        waiting().until(ExpectedConditions.urlToBe(base + "/triage"));
        openReady("/triage");
        assertThat(focused()).isEqualTo("queue");
        assertThat(browser.findElement(By.id("keys-title")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.className("keys")).getText()).contains("Ctrl", "gabung", "spam");
        // urgent first, though newest
        assertThat(browser.findElement(By.id("d-number")).getText()).isEqualTo(urgent);
        assertThat(browser.findElement(By.id("d-why")).getText()).contains("Skor", "tidak yakin");

        typed("c");
        assertThat(focused()).isEqualTo("category");
        typed("Infra");
        waiting().until(d -> "infrastruktur".equals(d.findElement(By.id("category")).getDomProperty("value")));
        typed(Keys.TAB);
        assertThat(focused()).isEqualTo("t-kecamatan");
        typed("padnga");
        waitForOption("t-kecamatan-list", "Padangan");
        typed(Keys.ENTER);
        typed(Keys.TAB);
        assertThat(focused()).isEqualTo("t-desa");
        typed("kun");
        waitForOption("t-desa-list", "Kuncen");
        typed(Keys.ENTER);
        typed(Keys.TAB);
        assertThat(focused()).isEqualTo("unit");
        for (int i = 0; i < 10 && !browser.findElements(By.cssSelector("#chips .chip")).isEmpty(); i++) {
            typed(Keys.BACK_SPACE);
        }
        assertThat(browser.findElements(By.cssSelector("#chips .chip"))).isEmpty();
        typed("PUPR");
        waitForOption("unit-list", "PUPR");
        typed(Keys.ENTER);
        typed("bencana");
        waitForOption("unit-list", "BPBD");
        typed(Keys.ENTER);
        assertThat(browser.findElements(By.cssSelector("#chips .chip"))).hasSize(2);
        screenshot("triage-queue.png");
        typed(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "diteruskan"));

        assertThat(console.desk.ticket(urgent).state()).isEqualTo("OPEN");
        assertThat(console.desk.ticket(urgent).desaName()).isEqualToIgnoringCase("Kuncen");
        assertThat(console.activeUnits(urgent)).containsExactlyInAnyOrder("dpupr", "bpbd");
        List<String> officers = console.desk.analyzer.responsibilities().units().stream()
                .filter(u -> u.code().equals("dpupr") || u.code().equals("bpbd"))
                .flatMap(u -> u.officers().stream()).map(o -> o.number()).toList();
        assertThat(console.outbox(urgent).stream().map(OutboxRow::recipient)).containsAll(officers)
                .contains("6281344440004");
        assertThat(console.decisions(urgent).get(0).chosenUnits()).isEqualTo("dpupr,bpbd");

        // the next in line: merge into the open ticket
        waiting().until(ExpectedConditions.textToBe(By.id("d-number"), plain));
        assertThat(focused()).isEqualTo("queue");
        typed("m");
        assertThat(focused()).isEqualTo("merge-into");
        typed(open + Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "digabung"));
        assertThat(console.desk.ticket(plain).state()).as("it joined the open ticket's incident").isEqualTo("OPEN");
        assertThat(console.decisions(plain).get(0).mergedIntoId()).isEqualTo(console.desk.ticket(open).id());

        // the last: a prank, its number blocked for 7 days
        waiting().until(ExpectedConditions.textToBe(By.id("d-number"), prank));
        typed("s");
        assertThat(focused()).isEqualTo("spam-days");
        typed("7" + Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "spam"));
        assertThat(console.desk.ticket(prank).state()).isEqualTo("REJECTED");
        try (SqlSession s = console.desk.db.sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(BlockedNumberMapper.class).isBlocked("6281344440003",
                    console.desk.clock.instant())).isTrue();
        }
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));

        // the ticket page: the whole timeline, and a note from the keyboard
        openReady("/ticket?n=" + urgent);
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("RELEASED", "SMS ke petugas", "SMS ke warga 081344440004", "FORWARDED");
        typed("n");
        assertThat(focused()).isEqualTo("n-text");
        typed("warga dihubungi, menunggu perahu" + Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"),
                "warga dihubungi, menunggu perahu"));
        screenshot("ticket-page.png");

        // the merged ticket's page shows its incident; the keyboard splits it out again
        openReady("/ticket?n=" + plain);
        assertThat(browser.findElement(By.id("incident")).getText()).contains("2 laporan", open);
        typed("i");
        assertThat(focused()).isEqualTo("split");
        typed(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "dipisahkan"));
        assertThat(browser.findElement(By.id("incident")).isDisplayed()).isFalse();
        try (SqlSession s = console.desk.db.sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(IncidentMapper.class).incidentOf(console.desk.ticket(plain).id())).isNull();
        }

        // the search: ticket number, Enter
        openReady("/tickets");
        assertThat(focused()).isEqualTo("q-ticket");
        typed(urgent.toLowerCase() + Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "dari 1"));
        assertThat(browser.findElement(By.id("results")).getText()).contains(urgent, "0813");
        screenshot("ticket-search.png");
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
