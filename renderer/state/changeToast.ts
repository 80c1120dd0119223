import { create } from 'zustand';

/** The toast after a change: what happened and the one step back (or forward) it offers. */
export interface ChangeToast {
  text: string;
  /** Undo after a change, Redo after an undo; none after an error or a redo-less step. */
  offer: 'undo' | 'redo' | null;
  tone: 'info' | 'error';
}

interface ChangeToastState {
  toast: ChangeToast | null;
  show: (toast: ChangeToast) => void;
  dismiss: () => void;
}

export const useChangeToast = create<ChangeToastState>((set) => ({
  toast: null,
  show: (toast) => set({ toast }),
  dismiss: () => set({ toast: null }),
}));
