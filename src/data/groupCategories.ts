/** The kinds of group in the group-format catalogue (src/data/groupFormats.ts), with their Swedish labels. */
export const groupCategoryLabels = {
  introduktion: 'Introduktion och start',
  'samtal-och-forhallningssatt': 'Samtal och förhållningssätt',
  halsa: 'Hälsa',
  'arbete-och-studier': 'Arbete och studier',
  svenska: 'Svenska språket',
  'gemenskap-och-aktivitet': 'Gemenskap och aktivitet',
  'ekonomi-och-vardag': 'Ekonomi och vardag',
} as const;

export type GroupCategory = keyof typeof groupCategoryLabels;

export const groupCategories = Object.keys(groupCategoryLabels) as GroupCategory[];
