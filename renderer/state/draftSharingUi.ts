import { create } from 'zustand';

/** The draft whose "Share this draft" confirmation is open (UI state only). */
interface DraftSharingUi {
  asking: string | null;
  ask: (planId: string | null) => void;
}

export const useDraftSharingUi = create<DraftSharingUi>((set) => ({
  asking: null,
  ask: (asking) => set({ asking }),
}));
