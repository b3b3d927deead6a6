/*
 * Ribbon commands. The manifest's only button ("Chung Sức" on the Home tab) opens the task pane
 * (a ShowTaskpane action), which needs no code; the manifest's FunctionFile is the task pane
 * page itself (shared runtime), and this chunk is loaded there. A future ExecuteFunction button
 * registers its handler here with Office.actions.associate("<FunctionName>", handler).
 */

Office.onReady(() => {
  // Nothing to register: the ribbon has no ExecuteFunction command yet.
});
