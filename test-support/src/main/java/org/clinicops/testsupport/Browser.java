package org.clinicops.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests of the staff and public pages: Debian's
 * {@code chromium} and {@code chromedriver} (never a downloaded browser), found at
 * {@code /usr/bin} unless {@code clinic.test.chromium} and {@code clinic.test.chromedriver} say
 * otherwise. Waits are Selenium's explicit waits on a condition, never a fixed sleep. A test class
 * shares one: {@code @RegisterExtension static final Browser browser = new Browser();} starts it
 * with the class and quits it after the class.
 */
public final class Browser implements AfterAllCallback, AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final String PICTURES = "clinic.docs.images";

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	public Browser() {
		File chromium = installed("clinic.test.chromium", "/usr/bin/chromium");
		File chromedriver = installed("clinic.test.chromedriver", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions().setBinary(chromium)
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,900", "--lang=en-US");
		this.driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(),
				options);
		this.wait = new WebDriverWait(this.driver, WAIT);
	}

	private static File installed(String property, String fallback) {
		File file = new File(System.getProperty(property, fallback));
		if (!file.canExecute()) {
			throw new IllegalStateException(file + " is missing: browser tests need Debian's chromium and chromium-driver "
					+ "(apt-get install chromium chromium-driver; .ci/run installs them), or -D" + property + "=<path>.");
		}
		return file;
	}

	public Browser open(String url) {
		this.driver.get(url);
		return this;
	}

	/** Drops the session cookies of the page's site: the next staff page asks for a login. */
	public Browser forgetLogin() {
		this.driver.manage().deleteAllCookies();
		return this;
	}

	/** Logs in through the service's login form, leaving any earlier login first. */
	public Browser logIn(String baseUrl, TestStaff staff) {
		open(baseUrl + "/login");
		forgetLogin();
		open(baseUrl + "/login");
		type("username", staff.username());
		type("password", TestStaff.PASSWORD);
		click("log-in");
		until(ExpectedConditions.presenceOfElementLocated(By.id("logged-in-as")));
		return this;
	}

	/** The size of a phone held upright. */
	public Browser asPhone() {
		this.driver.manage().window().setSize(new Dimension(390, 844));
		return this;
	}

	/** The size of a laptop's window, as the browser starts. */
	public Browser asDesktop() {
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		return this;
	}

	/**
	 * Saves what the window shows as {@code <name>.png} in the folder {@code -Dclinic.docs.images}
	 * names (the README's pictures, {@code docs/images/}); does nothing without it.
	 */
	public Browser picture(String name) {
		String folder = System.getProperty(PICTURES);
		if (folder != null && !folder.isBlank()) {
			try {
				Files.createDirectories(Path.of(folder));
				Files.write(Path.of(folder, name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = element(id);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Sets a date field as a person picking from its calendar would; typing depends on the browser's locale. */
	public Browser date(String id, LocalDate date) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];", element(id), date.toString());
		return this;
	}

	public Browser choose(String id, String visibleTextOrValue) {
		Select select = new Select(element(id));
		select.selectByValue(visibleTextOrValue);
		return this;
	}

	public Browser click(String id) {
		element(id).click();
		return this;
	}

	/** Clicks and waits until the browser has left the page it was on and loaded the next. */
	public Browser submit(String id) {
		WebElement button = element(id);
		button.click();
		until(driver -> isGone(button));
		until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		return this;
	}

	/**
	 * Waits for a condition; a node the page replaced meanwhile (a live update, a navigation) only
	 * means "not yet", however Chromium words it.
	 */
	private <T> T until(Function<WebDriver, T> condition) {
		return this.wait.until(driver -> {
			try {
				return condition.apply(driver);
			}
			catch (StaleElementReferenceException ex) {
				return null;
			}
			catch (WebDriverException ex) {
				if (replaced(ex)) {
					return null;
				}
				throw ex;
			}
		});
	}

	private static boolean replaced(WebDriverException ex) {
		return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
	}

	/**
	 * Whether an element's page was left. Chromium reports a node of a left page either as stale or,
	 * while the next page loads, as not belonging to the document.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (replaced(ex)) {
				return true;
			}
			throw ex;
		}
	}

	/** Waits until an element the page adds or changes by itself (live updates) shows the text. */
	public Browser awaitText(By selector, String text) {
		until(ExpectedConditions.textToBePresentInElementLocated(selector, text));
		return this;
	}

	public Browser click(By selector) {
		until(ExpectedConditions.elementToBeClickable(selector)).click();
		return this;
	}

	public String text(String id) {
		return element(id).getText();
	}

	public List<String> texts(By selector) {
		return this.driver.findElements(selector).stream().map(WebElement::getText).toList();
	}

	public boolean has(String id) {
		return !this.driver.findElements(By.id(id)).isEmpty();
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/** Whether the page fits the window's width, as a page usable on a phone must. */
	public boolean fitsWidth() {
		return (Boolean) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
	}

	private WebElement element(String id) {
		return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
