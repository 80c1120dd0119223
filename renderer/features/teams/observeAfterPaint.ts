// Moved to renderer/ui (the people table and the directory panel use it too); kept for the board's import.
export { observeOffsetAfterPaint, observeRectAfterPaint, scrollAfterPaint } from '../../ui/observeAfterPaint';
