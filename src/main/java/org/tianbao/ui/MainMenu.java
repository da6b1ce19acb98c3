package org.tianbao.ui;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar; the window supplies the actions. */
final class MainMenu {

    private final MenuBar bar = new MenuBar();

    MainMenu() {
        bar.setUseSystemMenuBar(true);
    }

    MenuBar bar() {
        return bar;
    }

    Menu menu(String text) {
        Menu menu = new Menu(text);
        bar.getMenus().add(menu);
        return menu;
    }

    static MenuItem item(Menu menu, String id, String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        menu.getItems().add(item);
        return item;
    }

    static CheckMenuItem check(Menu menu, String id, String text, String accelerator) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        menu.getItems().add(item);
        return item;
    }

    static void separator(Menu menu) {
        menu.getItems().add(new SeparatorMenuItem());
    }
}
