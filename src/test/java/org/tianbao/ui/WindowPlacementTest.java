package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window reopens where it was, but always on a screen and never larger than it. */
class WindowPlacementTest {

    /** A 1366 × 768 laptop, its taskbar taking the bottom 40 pixels. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D SECOND = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void theFirstWindowFitsASmallLaptopScreen() {
        WindowPlacement p = WindowPlacement.fitted(LAPTOP);
        assertThat(p.width()).isEqualTo(1280);
        assertThat(p.height()).isEqualTo(728);
        assertThat(p.x()).isEqualTo(43);
        assertThat(p.y()).isZero();
        assertThat(WindowPlacement.fitted(new Rectangle2D(0, 0, 1920, 1040)).height()).isEqualTo(800);
    }

    @Test
    void aRememberedPlaceIsKeptOnItsScreen() {
        WindowPlacement onSecond = new WindowPlacement(1500, 100, 1000, 700, false);
        assertThat(onSecond.onto(List.of(LAPTOP, SECOND))).isEqualTo(onSecond);
        // Too big for the laptop, partly off its right edge: shrunk and moved onto it.
        assertThat(new WindowPlacement(300, -20, 1600, 900, true).onto(List.of(LAPTOP)))
                .isEqualTo(new WindowPlacement(0, 0, 1366, 728, true));
    }

    @Test
    void aPlaceOnAScreenNoLongerThereFallsBackToTheDefault() {
        WindowPlacement onSecond = new WindowPlacement(1500, 100, 1000, 700, true);
        assertThat(onSecond.onto(List.of(LAPTOP))).isEqualTo(
                new WindowPlacement(43, 0, 1280, 728, true));
    }

    @Test
    void itIsStoredAsTextAndBadTextIsIgnored() {
        WindowPlacement p = new WindowPlacement(10, 20, 1100, 700, true);
        assertThat(WindowPlacement.parse(p.format())).contains(p);
        assertThat(p.format()).isEqualTo("10,20,1100,700,true");
        assertThat(WindowPlacement.parse("")).isEmpty();
        assertThat(WindowPlacement.parse("a,b,c,d,e")).isEmpty();
        assertThat(WindowPlacement.parse("0,0,-5,700,false")).isEmpty();
    }

    @Test
    void thePanelsLayoutIsReadBackAndABrokenOneIsNotUsed() {
        PanelLayout wide = new PanelLayout(0.25, 0.55, false);
        assertThat(PanelLayout.parse(wide.format())).contains(wide);
        assertThat(PanelLayout.parse("0.3,0.66,true")).contains(PanelLayout.DEFAULT);
        // A sliver of a panel, dividers crossed, or not a layout at all.
        assertThat(PanelLayout.parse("0.01,0.66,true")).isEmpty();
        assertThat(PanelLayout.parse("0.6,0.4,true")).isEmpty();
        assertThat(PanelLayout.parse("0.3,0.99,true")).isEmpty();
        assertThat(PanelLayout.parse("0.3,x,true")).isEmpty();
        assertThat(PanelLayout.parse(null)).isEmpty();
    }
}
