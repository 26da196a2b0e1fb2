/*
 * The ribbon's function file (manifest <FunctionFile>). Our only ribbon button opens the task pane
 * (Action ShowTaskpane), which needs no code; Office still loads this page, and it must report
 * ready so the host does not wait for it. Functions for future ExecuteFunction buttons are registered
 * here with Office.actions.associate(name, handler), each calling event.completed() when done.
 */

Office.onReady(() => {
  // Nothing to initialise: the pane does its own work in src/taskpane.
});
