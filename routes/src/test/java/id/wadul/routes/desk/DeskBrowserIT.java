package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The whole path in a real headless Chromium: the wadul application (database, flow, outbox, SMPP gateway) with
 * its call-in desk, as WadulMain runs it; an operator logs in and logs a call with the keyboard only, reads the ticket number, and
 * the officer's SMPP bind receives the forwarded SMS.
 */
class DeskBrowserIT {

    /** A station name with markup: the page must show it as text. */
    static final String ADMIN_STATION = "Radio <b>Dua</b>";
    static WadulApp app;
    static WebDriver browser;
    static HeadlessChromium chromium;
    static SMPPSession officer;
    static final BlockingQueue<DeliverSm> received = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws Exception {
        DatabaseConfig db = TestDatabase.configFor("wadul_desk_browser_" + ProcessHandle.current().pid());
        Properties overrides = new Properties();
        overrides.setProperty("db.url", db.jdbcUrl());
        overrides.setProperty("db.user", db.user());
        overrides.setProperty("db.password", db.password());
        overrides.setProperty("smpp.host", "127.0.0.1");
        overrides.setProperty("smpp.port", "0");
        overrides.setProperty("http.port", "0");
        overrides.setProperty("http.host", "127.0.0.1");
        Settings settings = Settings.load(DeskFixtures.CONF, overrides);
        app = WadulApp.start(settings);
        Accounts accounts = new Accounts(app.sessions(), DeskSettings.defaults(), Clock.systemUTC());
        accounts.create("siti", "OPERATOR", "Radio Malowopati", "rahasia-sekali-123");
        accounts.create("kepala", "ADMIN", ADMIN_STATION, "rahasia-sekali-123");
        accounts.create("joko", "OPERATOR", ADMIN_STATION, "rahasia-sekali-123");
        accounts.create("dewi", "OPERATOR", "Radio Malowopati", "rahasia-sekali-123");

        officer = new SMPPSession();
        officer.setTransactionTimer(5000);
        officer.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
                received.add(deliverSm);
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {
            }

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
                return null;
            }
        });
        officer.connectAndBind("127.0.0.1", app.smppPort(), new BindParameter(BindType.BIND_RX, "demo", "demo1708",
                "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 10_000);

        chromium = HeadlessChromium.start(1400, 1300);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (officer != null) {
            officer.unbindAndClose();
        }
        if (app != null) {
            app.close();
        }
    }

    /**
     * Types into whatever has the focus, as a person does, and returns that element. (WebElement.sendKeys would
     * focus the element first: one fetched just before the previous key's focus move could take the focus back.)
     */
    WebElement typed(String keys) {
        WebElement active = browser.switchTo().activeElement();
        new Actions(browser).sendKeys(keys).perform();
        return active;
    }

    void waitForOption(String listId, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + listId + " li[aria-selected=true]"), text));
    }

    @Test
    void operatorLogsACallWithTheKeyboardOnlyAndTheOfficerGetsTheSms() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + app.httpPort() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        typed("siti" + Keys.TAB);
        typed("rahasia-sekali-123" + Keys.ENTER);
        String deskUrl = "http://127.0.0.1:" + app.httpPort() + "/";
        wait.until(ExpectedConditions.urlToBe(deskUrl));
        // the login page's body may be looked up just before it goes away: look again until the desk is ready
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("name");

        typed("Pak Darmo" + Keys.TAB);
        typed("0812 3456 7890" + Keys.TAB);
        assertThat(typed(" ").getAttribute("id")).isEqualTo("consent");
        typed(String.valueOf(Keys.TAB));
        typed("padnga");
        waitForOption("kecamatan-list", "Padangan");
        typed(String.valueOf(Keys.ENTER));
        assertThat(browser.findElement(By.id("kecamatan")).getDomProperty("value")).isEqualToIgnoringCase("Padangan");
        typed(String.valueOf(Keys.TAB));
        typed("kun");
        waitForOption("desa-list", "Kuncen");
        typed(Keys.ARROW_DOWN.toString() + Keys.ARROW_UP + Keys.ENTER);
        assertThat(browser.findElement(By.id("desa")).getDomProperty("value")).isEqualToIgnoringCase("Kuncen");
        typed(String.valueOf(Keys.TAB));
        String text = "Jalan rusak parah berlubang besar di depan balai desa <b>tebal</b>, sudah banyak motor jatuh";
        assertThat(typed(text).getAttribute("id")).isEqualTo("text");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-category"), "Infrastruktur"));
        assertThat(browser.findElement(By.id("s-units")).getText()).isNotBlank();
        screenshot("desk-suggestion.png");

        typed(String.valueOf(Keys.ENTER));
        WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        String ticket = number.getText();
        assertThat(ticket).matches("[A-Z0-9]{4,12}");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("ready for the next caller")
                .isEqualTo("name");
        assertThat(browser.findElement(By.id("text")).getDomProperty("value")).isEmpty();

        TicketRow row;
        try (SqlSession s = app.sessions().openSession(true)) {
            row = s.getMapper(TicketMapper.class).findByNumber(ticket);
        }
        assertThat(row.channel()).isEqualTo("radio");
        assertThat(row.operator()).isEqualTo("siti");
        assertThat(row.category()).isEqualTo("infrastruktur");
        assertThat(row.citizenNumber()).isEqualTo("6281234567890");
        assertThat(row.text()).isEqualTo(text);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calls"), ticket));
        assertThat(browser.findElement(By.id("calls")).getText()).contains("<b>tebal</b>");
        assertThat(browser.findElements(By.cssSelector("#calls b"))).isEmpty();
        screenshot("desk-ticket.png");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.followup').scrollIntoView()");
        screenshot("desk-followup.png");

        // the next caller: Darurat from the keyboard shows the emergency numbers and marks it urgent; Enter with
        // the required fields empty shows the messages next to the fields and stores nothing
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("name");
        for (String next : List.of("phone", "consent", "kecamatan", "desa", "text", "urgent", "anonymous", "secret",
                "emergency")) {
            typed(String.valueOf(Keys.TAB));
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("Tab order").isEqualTo(next);
        }
        assertThat(typed(" ").getAttribute("id")).isEqualTo("emergency");
        assertThat(browser.findElement(By.id("emergency-box")).getText()).contains("112", "110");
        assertThat(browser.findElement(By.id("urgent")).isSelected()).isTrue();
        typed(String.valueOf(Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-kecamatan"), "wajib"));
        assertThat(browser.findElement(By.id("err-text")).getText()).contains("wajib");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("kecamatan");
        assertThat(browser.findElement(By.id("ticket-number")).getText()).isEqualTo(ticket);

        DeliverSm forward = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (forward == null && System.nanoTime() < deadline) {
            DeliverSm sms = received.poll(1, TimeUnit.SECONDS);
            if (sms != null && !sms.getDestAddress().equals(row.citizenNumber())
                    && text(sms).contains(ticket)) {
                forward = sms;
            }
        }
        assertThat(forward).as("forward of " + ticket + " at an officer's bind").isNotNull();
        assertThat(List.of(forward.getDestAddress())).allMatch(a -> a.startsWith("62800000"));
    }

    @Test
    void anAdminManagesAnOperatorWithTheKeyboard() throws Exception {
        String base = "http://127.0.0.1:" + app.httpPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
        try {
            browser.get(base + "/login");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
            typed("kepala" + Keys.TAB);
            typed("rahasia-sekali-123" + Keys.ENTER);
            wait.until(ExpectedConditions.urlToBe(base + "/"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operators"), "joko"));
            assertThat(browser.findElement(By.id("operators")).getText()).contains(ADMIN_STATION)
                    .doesNotContain("siti");
            assertThat(browser.findElement(By.id("who")).getText()).contains(ADMIN_STATION);
            assertThat(browser.findElements(By.cssSelector("#operators b, #who b"))).isEmpty();
            assertThat(browser.findElement(By.id("op-station")).getDomProperty("value")).isEqualTo(ADMIN_STATION);

            DeskClient joko = new DeskClient(app.httpPort());
            assertThat(joko.login("joko", "rahasia-sekali-123").status()).isEqualTo(200);

            // the row's buttons are native buttons in the Tab order: Enter and Space press them
            ((JavascriptExecutor) browser).executeScript(
                    "document.querySelector('button[aria-label=\"Nonaktifkan joko\"]').focus()");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("op-status"), "dinonaktifkan"));
            assertThat(joko.get("/api/me").status()).as("deactivation ends joko's session").isEqualTo(401);
            wait.until(d -> "Aktifkan joko".equals(d.switchTo().activeElement().getAttribute("aria-label")));
            typed(" ");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("op-status"), "diaktifkan kembali"));
            wait.until(d -> "Nonaktifkan joko".equals(d.switchTo().activeElement().getAttribute("aria-label")));

            typed(String.valueOf(Keys.TAB));
            assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Reset sandi joko");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("op-status"), "Kata sandi baru"));
            String status = browser.findElement(By.id("op-status")).getText();
            String password = status.substring(status.lastIndexOf(": ") + 2).strip();
            assertThat(joko.login("joko", "rahasia-sekali-123").status()).isEqualTo(401);
            assertThat(joko.login("joko", password).status()).isEqualTo(200);

            // wrong passwords until the desk slows joko's logins from here (the delays grow faster than we try)
            boolean slowed = false;
            for (int i = 0; i < 15 && !slowed; i++) {
                slowed = joko.login("joko", "salah-salah-salah").status() == 429;
            }
            assertThat(slowed).as("joko's logins from this address are slowed").isTrue();
            wait.until(d -> "Nonaktifkan joko".equals(d.switchTo().activeElement().getAttribute("aria-label")));
            typed(Keys.TAB.toString() + Keys.TAB);
            assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Buka kunci joko");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("op-status"), "dilupakan"));
            DeskClient again = new DeskClient(app.httpPort());
            assertThat(again.login("joko", password).status()).isEqualTo(200);

            wait.until(d -> "Nonaktifkan joko".equals(d.switchTo().activeElement().getAttribute("aria-label")));
            typed(Keys.TAB.toString() + Keys.TAB + Keys.TAB);
            assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Akhiri sesi joko");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("op-status"), "sesi joko diakhiri"));
            assertThat(again.get("/api/me").status()).isEqualTo(401);
            assertThat(browser.findElements(By.cssSelector("#operators b"))).isEmpty();
            screenshot("desk-admin.png");
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    /** Logs in as {@code username} with the keyboard on a fresh page and waits until the desk is ready. */
    void logIn(String username) {
        String base = "http://127.0.0.1:" + app.httpPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
        typed(username + Keys.TAB);
        typed("rahasia-sekali-123" + Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    /** Types the place Padangan / Kuncen from the kecamatan field on, leaving the focus on the complaint. */
    void typePlace() {
        browser.findElement(By.id("kecamatan")).click();
        typed("padnga");
        waitForOption("kecamatan-list", "Padangan");
        typed(String.valueOf(Keys.ENTER));
        typed(String.valueOf(Keys.TAB));
        typed("kun");
        waitForOption("desa-list", "Kuncen");
        typed(String.valueOf(Keys.ENTER));
        typed(String.valueOf(Keys.TAB));
    }

    TicketRow ticketRow(String number) {
        try (SqlSession s = app.sessions().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByNumber(number);
        }
    }

    @Test
    void aHalfTypedCallSurvivesTheSessionsExpiryAndASentOneClearsTheDraft() throws Exception {
        String base = "http://127.0.0.1:" + app.httpPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
        try {
            browser.get(base + "/");
            logIn("siti");
            typed("Bu Sumini" + Keys.TAB);
            typed("0812 3456 7000" + Keys.TAB);
            typePlace();
            String text = "Saluran air tersumbat sampah di dekat sekolah, air meluber ke jalan kalau hujan";
            typed(text);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            wait.until(d -> String.valueOf(js.executeScript(
                    "return sessionStorage.getItem('wadul.desk.draft.siti')")).contains("meluber ke jalan"));

            // the session ends on the server (as after the idle time); the page is reloaded and logs in again
            try (SqlSession s = app.sessions().openSession(true)) {
                long id = s.getMapper(id.wadul.sql.desk.OperatorMapper.class).findByUsername("siti").id();
                assertThat(s.getMapper(id.wadul.sql.desk.SessionMapper.class).deleteByOperator(id)).isPositive();
            }
            browser.navigate().refresh();
            logIn("siti");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "dipulihkan"));
            assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Bu Sumini");
            assertThat(browser.findElement(By.id("phone")).getDomProperty("value")).isEqualTo("0812 3456 7000");
            assertThat(browser.findElement(By.id("kecamatan")).getDomProperty("value"))
                    .isEqualToIgnoringCase("Padangan");
            assertThat(browser.findElement(By.id("desa")).getDomProperty("value")).isEqualToIgnoringCase("Kuncen");
            assertThat(browser.findElement(By.id("text")).getDomProperty("value")).isEqualTo(text);
            screenshot("desk-draft-restored.png");

            browser.findElement(By.id("text")).click();
            typed(String.valueOf(Keys.ENTER));
            String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();
            wait.until(d -> !ticket.isEmpty() && js.executeScript(
                    "return sessionStorage.getItem('wadul.desk.draft.siti')") == null);
            assertThat(ticketRow(ticket).kecamatanName()).isEqualToIgnoringCase("Padangan");
            browser.navigate().refresh();
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            assertThat(browser.findElement(By.id("text")).getDomProperty("value")).as("a sent call is no draft")
                    .isEmpty();
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void theSuggestionFollowsTheCategoryAndACallIsCorrectedThenWithdrawn() throws Exception {
        String base = "http://127.0.0.1:" + app.httpPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
        try {
            browser.get(base + "/");
            logIn("dewi");
            typePlace();
            String text = "Jalan rusak parah berlubang di depan pasar, sudah dua motor jatuh minggu ini";
            typed(text);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-units"), "PUPR"));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByValue("keamanan");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-units"), "Polres"));
            assertThat(browser.findElement(By.id("s-units")).getText()).doesNotContain("PUPR");
            assertThat(browser.findElement(By.id("s-category")).getText()).contains("Keamanan");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByValue("");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-units"), "PUPR"));
            browser.findElement(By.id("text")).click();
            typed(String.valueOf(Keys.ENTER));
            String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();
            assertThat(ticketRow(ticket).category()).isEqualTo("infrastruktur");

            // correct it from the follow-up list, with the keyboard
            By correct = By.cssSelector("button[aria-label='Koreksi panggilan " + ticket + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(correct));
            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", browser.findElement(correct));
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-title"), ticket));
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("text");
            assertThat(browser.findElement(By.id("text")).getDomProperty("value")).isEqualTo(text);
            typed(" (depan pasar Padangan, sebelah utara)");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calls-status"), "Koreksi tiket "
                    + ticket));
            assertThat(ticketRow(ticket).text()).isEqualTo(text + " (depan pasar Padangan, sebelah utara)");
            assertThat(browser.findElement(By.id("form-title")).getText()).isEqualTo("Panggilan baru");
            screenshot("desk-corrected.png");

            // withdraw: the button asks for a second press
            By withdraw = By.cssSelector("button[aria-label='Tarik panggilan " + ticket + "']");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-ticket='" + ticket
                    + "']"), "dikoreksi"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", browser.findElement(withdraw));
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(withdraw, "Tekan lagi"));
            assertThat(ticketRow(ticket).state()).as("one press withdraws nothing").isEqualTo("OPEN");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calls-status"), "ditarik"));
            assertThat(ticketRow(ticket).state()).isEqualTo("REJECTED");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-ticket='" + ticket
                    + "']"), "Ditarik operator"));
            assertThat(browser.findElements(withdraw)).as("nothing more to change").isEmpty();
            screenshot("desk-withdrawn.png");
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void theStationsAdminPicksItsAreaWithTheKeyboard() throws Exception {
        String base = "http://127.0.0.1:" + app.httpPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
        try {
            browser.get(base + "/");
            logIn("kepala");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("area"), "Seluruh kabupaten"));
            browser.findElement(By.id("area-kecamatan")).click();
            typed("padnga");
            waitForOption("area-kecamatan-list", "Padangan");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("area-status"), "disimpan"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("area"), "Padangan"));
            DeskClient kepala = new DeskClient(app.httpPort());
            assertThat(kepala.login("kepala", "rahasia-sekali-123").status()).isEqualTo(200);
            assertThat(kepala.get("/api/station/area").json().get(0).path("name").asText())
                    .isEqualToIgnoringCase("Padangan");
            assertThat(browser.findElements(By.cssSelector("#area b"))).isEmpty();
            screenshot("desk-area.png");

            ((JavascriptExecutor) browser).executeScript(
                    "document.querySelector('#area button').focus()");
            typed(String.valueOf(Keys.ENTER));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("area"), "Seluruh kabupaten"));
            assertThat(kepala.get("/api/station/area").json()).isEmpty();
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    /** The SMS text, bytes read as Latin-1: enough to find the ASCII ticket number in an unpacked GSM 7-bit text. */
    static String text(DeliverSm sms) {
        StringBuilder text = new StringBuilder();
        if (sms.getShortMessage() != null) {
            text.append(new String(sms.getShortMessage(), StandardCharsets.ISO_8859_1));
        }
        OptionalParameter payload = sms.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (payload instanceof OptionalParameter.OctetString octets) {
            text.append(new String(octets.getValue(), StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
