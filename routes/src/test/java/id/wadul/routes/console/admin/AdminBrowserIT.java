package id.wadul.routes.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.text.Gsm7;
import id.wadul.routes.LinkPhones;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import id.wadul.routes.desk.AddOperatorCommand;
import id.wadul.routes.desk.HeadlessChromium;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Properties;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
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
 * The admin console in a real headless Chromium on the running application (database, flow, SMPP gateway): the
 * first SYSADMIN comes from the command line; a unit and an officer are added and the routing table changed with
 * the keyboard; the next SMS complaint is routed by the new table without a restart and its forward reaches the
 * new officer's phone over SMPP.
 */
class AdminBrowserIT {

    static final String PASSWORD = "rahasia-sekali-123";
    static final String CITIZEN = "6281234567890";
    static final String PUPR_1 = "6280000003101";
    static final String NEW_OFFICER = "6280000099001";
    static final String ROAD = "jln rusak parah berlubang di kec padangan tlg diperbaiki";
    static WadulApp app;
    static WebDriver browser;
    static HeadlessChromium chromium;
    static SMPPSession link;
    static final LinkPhones phones = new LinkPhones();

    @BeforeAll
    static void start() throws Exception {
        DatabaseConfig db = TestDatabase.configFor("wadul_admin_browser_" + ProcessHandle.current().pid());
        Properties p = new Properties();
        p.setProperty("db.url", db.jdbcUrl());
        p.setProperty("db.user", db.user());
        p.setProperty("db.password", db.password());
        p.setProperty("smpp.host", "127.0.0.1");
        p.setProperty("smpp.port", "0");
        p.setProperty("http.port", "0");
        p.setProperty("http.host", "127.0.0.1");
        p.setProperty("outbox.backoff", "500ms");
        p.setProperty("flow.sweep.period", "2s");
        app = WadulApp.start(Settings.load(Path.of("../conf"), p));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int created = AddOperatorCommand.run(app.sessions(), new String[] {"root", "SYSADMIN", "--password-stdin"},
                new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(created).as(out.toString(StandardCharsets.UTF_8)).isZero();

        link = new SMPPSession();
        link.setTransactionTimer(10_000);
        link.setMessageReceiverListener(phones);
        link.connectAndBind("127.0.0.1", app.smppPort(), new BindParameter(BindType.BIND_TRX, "demo", "demo1708", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 10_000);

        chromium = HeadlessChromium.start(1400, 1300);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (link != null) {
            link.unbindAndClose();
        }
        if (app != null) {
            app.close();
        }
    }

    static void submit(String from, String text) throws Exception {
        link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                Gsm7.encode(text));
    }

    /** Types into whatever has the focus, as a person does; returns that element. */
    static WebElement typed(CharSequence... keys) {
        WebElement active = browser.switchTo().activeElement();
        new Actions(browser).sendKeys(keys).perform();
        return active;
    }

    static String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    static void open(String page) {
        browser.get("http://127.0.0.1:" + app.httpPort() + "/console/admin/" + page);
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    static void waitText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void aSysadminAddsAnOfficerAndReroutesWithTheKeyboardAndTheNextSmsFollowsTheNewTable() throws Exception {
        // before: a road complaint in Padangan goes to PUPR
        submit(CITIZEN, ROAD);
        await().atMost(Duration.ofSeconds(30)).until(() -> !phones.to(PUPR_1).isEmpty());

        // the SYSADMIN logs in and lands on the accounts page
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + app.httpPort() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        typed("root" + Keys.TAB);
        typed(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/console/admin/accounts"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(browser.findElement(By.id("accounts")).getText()).contains("root", "SYSADMIN");

        // a unit, from the keyboard: code, Tab, name, Enter
        open("units");
        assertThat(focused()).isEqualTo("unit-code");
        typed("tim-jalan" + Keys.TAB);
        assertThat(focused()).isEqualTo("unit-name");
        typed("Tim Jalan <b>Padangan</b>" + Keys.ENTER);
        waitText("unit-result", "tim-jalan disimpan");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#units tr[data-code='tim-jalan']")));
        assertThat(row.getText()).as("markup shown as text").contains("Tim Jalan <b>Padangan</b>");
        assertThat(browser.findElements(By.cssSelector("#units b"))).isEmpty();

        // an officer in that unit: name, Tab, number, Space on the unit's box, Enter
        browser.findElement(By.id("person-name")).sendKeys("Pak Mandor");
        typed(Keys.TAB.toString());
        assertThat(focused()).isEqualTo("person-number");
        typed("0800 0009 9001");
        browser.findElement(By.cssSelector("#person-units input[value='tim-jalan']")).sendKeys(" ");
        browser.findElement(By.id("person-number")).sendKeys(Keys.ENTER);
        waitText("person-result", "Pak Mandor disimpan (tim-jalan)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#people tr[data-number='"
                + NEW_OFFICER + "']")));

        // the routing table: a rule for roads in Padangan to the new unit, previewed, then saved
        open("routing");
        browser.findElement(By.id("add-rule")).sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).startsWith("Kategori aturan");
        typed("infrastruktur");
        typed(Keys.TAB.toString());
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).startsWith("Kecamatan aturan");
        typed(Keys.BACK_SPACE + "Padangan" + Keys.TAB);
        typed("tim-jalan");
        browser.findElement(By.id("preview")).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("preview-summary")).getText().isEmpty()
                || !d.findElement(By.id("routing-error")).getText().isEmpty());
        assertThat(browser.findElement(By.id("routing-error")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("preview-summary")).getText()).contains("1 dari 1 pengaduan");
        assertThat(browser.findElement(By.id("preview-moves")).getText()).contains("dpupr", "tim-jalan");
        screenshot("admin-routing-preview.png");
        browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
        waitText("routing-result", "disimpan");

        // the next complaint follows the new table: its forward reaches the new officer's phone
        submit("6281234567891", ROAD + " sekali");
        await().atMost(Duration.ofSeconds(30)).until(() -> !phones.to(NEW_OFFICER).isEmpty());
        assertThat(phones.to(NEW_OFFICER).get(0)).containsIgnoringCase("padangan");
        assertThat(phones.to(PUPR_1)).hasSize(1);

        // the audit page shows who changed what
        open("audit");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("routing.replace", "person.create",
                "unit.create", "root (SYSADMIN)", "account.create");
        screenshot("admin-audit.png");
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
