package id.wadul.routes.console.queue;

import static id.wadul.routes.console.queue.QueueAccounts.PUPR_1;
import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskTestServer;
import id.wadul.routes.desk.HeadlessChromium;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.sql.outbox.OutboxRow;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The unit queue in a real headless Chromium, keyboard only: PUPR's officer logs in, lands on the queue (urgent
 * ticket first, with what its citizen was told), and answers PROSES with a note, ALIH to another unit and TOLAK with
 * a reason, each followed by the citizen's SMS.
 */
class UnitQueueBrowserIT {

    static ConsoleFixture console;
    static WebDriver browser;
    static HeadlessChromium chromium;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        console = new ConsoleFixture();
        QueueAccounts.officer(console.desk, "pupr", PUPR_1);
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

    void typed(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String road(String citizen, String text, boolean urgent) {
        return console.desk.intake.open(NewComplaint.builder("sms", text).citizen(citizen, null).notifyCitizen(true)
                .urgent(urgent).place(console.desk.kecamatan, console.desk.desa)
                .overrides("infrastruktur", List.of()).build()).number();
    }

    String lastToCitizen(String ticket, String citizen) {
        List<OutboxRow> rows = console.outbox(ticket).stream().filter(o -> o.recipient().equals(citizen)).toList();
        return rows.get(rows.size() - 1).text();
    }

    @Test
    void anOfficerWorksTheQueueWithTheKeyboardOnly() throws Exception {
        String normal = road("6281366660001", "jalan rusak berlubang di depan balai desa kuncen", false);
        String urgent = road("6281366660002", "jembatan ambrol di desa kuncen tidak bisa dilewati", true);

        browser.get(base + "/");
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(focused()).isEqualTo("username");
        typed("pupr" + Keys.TAB);
        typed(DeskTestServer.PASSWORD + Keys.ENTER);
        // an officer lands on the unit queue
        waiting().until(ExpectedConditions.urlToBe(base + "/queue"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(focused()).isEqualTo("queue");
        assertThat(text("units")).contains("Pekerjaan Umum");
        // the urgent ticket first (its deadline is nearest), with what its citizen was told
        assertThat(text("d-number")).isEqualTo(urgent);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-told"), "Aduan diterima"));
        assertThat(text("d-text")).contains("jembatan ambrol");
        assertThat(text("d-facts")).contains("0813****0002").doesNotContain("081366660002");
        screenshot("unit-queue.png");

        // PROSES with a note: p, type, Enter
        typed("p");
        assertThat(focused()).isEqualTo("p-note");
        typed("tim meluncur ke lokasi" + Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "OK. Tiket " + urgent + ": sedang diproses."));
        assertThat(console.desk.ticket(urgent).state()).isEqualTo("IN_PROGRESS");
        assertThat(lastToCitizen(urgent, "6281366660002")).contains("sedang diproses", "tim meluncur ke lokasi");
        assertThat(focused()).isEqualTo("queue");

        // ALIH: j to the next ticket, a, pick Dinas Perhubungan, Enter again to hand it over
        typed("j");
        waiting().until(ExpectedConditions.textToBe(By.id("d-number"), normal));
        typed("a");
        assertThat(focused()).isEqualTo("a-unit");
        typed("perhub");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#a-unit-list li[aria-selected=true]"), "Perhubungan"));
        typed(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("a-chips"), "Perhubungan"));
        typed(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "OK. Tiket " + normal));
        assertThat(console.activeUnits(normal)).containsExactly("dishub");
        assertThat(lastToCitizen(normal, "6281366660001")).contains("dialihkan ke Dinas Perhubungan");
        waiting().until(d -> !d.findElement(By.id("queue")).getText().contains(normal));

        // TOLAK with a reason on the urgent one: k/j to it, t, type, Enter
        typed("k");
        waiting().until(ExpectedConditions.textToBe(By.id("d-number"), urgent));
        typed("t");
        assertThat(focused()).isEqualTo("t-reason");
        typed("jembatan milik provinsi" + Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "OK. Tiket " + urgent + ": ditolak."));
        assertThat(console.desk.ticket(urgent).state()).isEqualTo("REJECTED");
        assertThat(lastToCitizen(urgent, "6281366660002")).contains("jembatan milik provinsi");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
