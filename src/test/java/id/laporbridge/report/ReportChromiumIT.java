package id.laporbridge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders the fixture's HTML report in headless Chromium (Debian package {@code chromium}) and checks that the
 * charts are drawn. Skipped when /usr/bin/chromium is absent.
 */
class ReportChromiumIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int TIMEOUT_SECONDS = 120;
    /**
     * Bar colors of the HTML style: Lapor Bantul and SP4N-LAPOR! (complaints per OPD), on time (step medians within
     * budget, on-time share per month). No fixture median is over budget, so the late color is not expected.
     */
    private static final int[] BAR_COLORS = {0x2b6cb0, 0xdd6b20, 0x2f855a};

    @TempDir
    Path folder;

    private Path page;

    @BeforeEach
    void writePage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM
                + "; install the Debian package chromium to run this test");
        SopReport report = new ReportFixture(folder).build(null);
        page = folder.resolve("laporan.html");
        ReportFiles.write(report, ReportFormat.HTML, page);
    }

    @Test
    void renderedDomHasThreeCharts() throws Exception {
        Path dom = folder.resolve("dom.html");
        runChromium(dom, "--dump-dom", page.toUri().toString());
        String rendered = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(count(rendered, "<svg")).as("SVG charts in the rendered DOM").isEqualTo(3);
        assertThat(count(rendered, "<rect")).as("rectangles drawn").isGreaterThanOrEqualTo(8);
        assertThat(rendered).doesNotContain("<script");
    }

    @Test
    void screenshotShowsEveryBarColor() throws Exception {
        Path screenshot = folder.resolve("laporan.png");
        runChromium(folder.resolve("screenshot.log"), "--screenshot=" + screenshot, "--window-size=1000,5000",
                "--hide-scrollbars", page.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("screenshot " + screenshot).isNotNull();
        for (int color : BAR_COLORS) {
            assertThat(pixelsOf(image, color)).as("pixels of bar color #%06x", color).isGreaterThan(100);
        }
    }

    private void runChromium(Path output, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + folder.resolve("chromium-profile")));
        command.addAll(List.of(arguments));
        Process chromium = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(folder.resolve("chromium.err").toFile())
                .start();
        boolean finished = chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            chromium.destroyForcibly();
        }
        assertThat(finished).as("Chromium finished within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(chromium.exitValue()).as("Chromium exit code; stderr: %s",
                Files.readString(folder.resolve("chromium.err"))).isZero();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) {
            count++;
        }
        return count;
    }

    /** Counts pixels within a small distance of {@code rgb}, allowing for anti-aliasing and color management. */
    private static int pixelsOf(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isNear(image.getRGB(x, y), rgb)) {
                    found++;
                }
            }
        }
        return found;
    }

    private static boolean isNear(int pixel, int rgb) {
        int distance = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            distance += Math.abs((pixel >> shift & 0xff) - (rgb >> shift & 0xff));
        }
        return distance <= 24;
    }
}
